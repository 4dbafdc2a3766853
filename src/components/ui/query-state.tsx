import type { UseQueryResult } from '@tanstack/react-query';
import { StatusMessage } from './status-message';

type QueryLike = Pick<
  UseQueryResult<unknown, Error>,
  'isPending' | 'isError' | 'error' | 'refetch' | 'data' | 'failureCount' | 'failureReason' | 'fetchStatus'
>;

interface QueryStateProps {
  query: QueryLike;
  what: string;
}

/**
 * What to show instead of (or above) a query's data: loading (saying so when attempts failed and
 * it is retrying, or when it waits for the network), a failure with a retry, or, when a refresh
 * failed but earlier data is still shown, a warning that it may be stale.
 */
export function QueryState({ query, what }: QueryStateProps) {
  const retry = { label: 'Try again', onClick: () => void query.refetch() };
  const hasData = query.data !== undefined;
  if (query.fetchStatus === 'paused') {
    return (
      <StatusMessage
        kind="warning"
        title={
          hasData
            ? `Offline: showing the ${what} loaded earlier`
            : `Offline: the ${what} will load when the connection is back`
        }
      >
        The browser reports no network connection; the dashboard will refresh by itself when it returns.
      </StatusMessage>
    );
  }
  if (query.isPending) {
    if (query.failureCount > 0 && query.failureReason) {
      return (
        <StatusMessage kind="loading" title={`Loading ${what}… attempt ${query.failureCount} failed, trying again`}>
          {query.failureReason.message}
        </StatusMessage>
      );
    }
    return <StatusMessage kind="loading" title={`Loading ${what}…`} />;
  }
  if (!query.isError) return null;
  if (hasData) {
    return (
      <StatusMessage
        kind="warning"
        title={`Showing the ${what} loaded earlier: the latest refresh failed`}
        action={retry}
      >
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
