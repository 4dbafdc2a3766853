import { useSession } from '@/api/queries/use-session';
import { SourceRegistryPage } from '@/features/source-registry/source-registry-page';
import { paths } from '@/config/paths';

const claimsHref = (id: string) => `${paths.charts}?${new URLSearchParams({ source: id }).toString()}`;

/** The source registry: open to all; merging needs an analyst or admin on a server that takes writes. */
export function SourcesRoute() {
  const { canWrite } = useSession();
  return <SourceRegistryPage canMerge={canWrite} claimsHref={claimsHref} />;
}
