import { useQuery } from '@tanstack/react-query';
import { sessionQueries } from '@/api/queries/session-queries';
import { ImportPage } from '@/features/claim-import/import-page';
import { useAuthToken } from '@/stores/auth-store';

/** The import view: open to analysts and admins signed in to a server that takes writes. */
export function ImportRoute() {
  const session = useQuery(sessionQueries.current(useAuthToken()));
  const role = session.data?.user?.role;
  return <ImportPage canWrite={session.data?.writes === true && (role === 'analyst' || role === 'admin')} />;
}
