import { useSession } from '@/api/queries/use-session';
import { ImportPage } from '@/features/claim-import/import-page';

/** The import view: open to analysts and admins signed in to a server that takes writes. */
export function ImportRoute() {
  return <ImportPage canWrite={useSession().canWrite} />;
}
