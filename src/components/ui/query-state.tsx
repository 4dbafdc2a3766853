import type { UseQueryResult } from '@tanstack/react-query';
import { StatusMessage } from './status-message';

interface QueryStateProps {
  query: Pick<UseQueryResult<unknown, Error>, 'isPending' | 'isError' | 'error' | 'refetch' | 'data'>;
  what: string;
}

/**
 * What to show instead of (or above) a query's data: loading, a failure with a retry, or, when a
 * refresh failed but earlier data is still shown, a warning that it may be stale.
 */
export function QueryState({ query, what }: QueryStateProps) {
  const retry = { label: 'Try again', onClick: () => void query.refetch() };
  if (query.isPending) return <StatusMessage kind="loading" title={`Loading ${what}…`} />;
  if (!query.isError) return null;
  if (query.data !== undefined) {
    return (
      <StatusMessage kind="warning" title={`Showing the ${what} loaded earlier: the latest refresh failed`} action={retry}>
        {query.error?.message}
      </StatusMessage>
    );
  }
  return (
    <StatusMessage kind="error" title={`The ${what} could not be loaded`} action={retry}>
      {query.error?.message}
    </StatusMessage>
  );
}
