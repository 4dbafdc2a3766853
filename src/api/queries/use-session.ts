import { useQuery } from '@tanstack/react-query';
import { useCurrentSignIn } from '@/stores/auth-store';
import { sessionQueries } from './session-queries';

/**
 * This tab's session: whether the API takes writes, who is signed in, and `canWrite`, the one rule
 * for who may change data (an analyst or an admin, on a server that takes writes).
 */
export function useSession() {
  const query = useQuery(sessionQueries.current(useCurrentSignIn()));
  const writes = query.data?.writes === true;
  const user = query.data?.user ?? null;
  return { query, writes, user, canWrite: writes && (user?.role === 'analyst' || user?.role === 'admin') };
}
