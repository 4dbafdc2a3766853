import { useQuery } from '@tanstack/react-query';
import { sessionQueries } from '@/api/queries/session-queries';
import { SourceRegistryPage } from '@/features/source-registry/source-registry-page';
import { useAuthToken } from '@/stores/auth-store';
import { paths } from '../paths';

const claimsHref = (id: string) => `${paths.charts}?${new URLSearchParams({ source: id }).toString()}`;

/** The source registry: open to all; merging needs an analyst or admin on a server that takes writes. */
export function SourcesRoute() {
  const session = useQuery(sessionQueries.current(useAuthToken()));
  const role = session.data?.user?.role;
  return (
    <SourceRegistryPage
      canMerge={session.data?.writes === true && (role === 'analyst' || role === 'admin')}
      claimsHref={claimsHref}
    />
  );
}
