import { useClaimList } from '@/api/queries/use-claim-list';
import type { ReactNode } from 'react';
import type { Claim } from '@/contract/claim-schema';
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import type { ClaimFilters } from '@/contract/claim-filters';
import { metricQueries } from '@/api/queries/reference-queries';
import { StatusMessage } from '@/components/ui/status-message';
import { QueryState } from '@/components/ui/query-state';
import { RejectedRecordsNotice } from '@/components/ui/rejected-records-notice';
import { ClaimTable } from './claim-table';
import { parseSort, type SortOrder } from './sort-claims';

interface ClaimTableSectionProps {
  filters: ClaimFilters;
  onOpen: (id: string) => void;
  /** Rendered above the table once claims have loaded (e.g. export buttons). */
  toolbar?: (data: { claims: Claim[]; total: number; metricLabels: Map<string, string> }) => ReactNode;
}

/** The table view: the same query as the charts, so it always shows exactly the charted claims. */
export function ClaimTableSection({ filters, onOpen, toolbar }: ClaimTableSectionProps) {
  const claims = useClaimList(filters);
  const metrics = useQuery(metricQueries.list());
  const [searchParams, setSearchParams] = useSearchParams();
  const order = parseSort(searchParams.get('sort'));
  const metricLabels = useMemo(
    () => new Map((metrics.data?.metrics ?? []).map((m) => [m.id, m.label])),
    [metrics.data],
  );
  const onSort = (next: SortOrder) =>
    setSearchParams(
      (current) => {
        const params = new URLSearchParams(current);
        params.set('sort', `${next.key}:${next.direction}`);
        return params;
      },
      { replace: true },
    );

  if (!claims.data) return <QueryState query={claims} what="claims" />;
  const { claims: list, total, rejected } = claims.data;
  return (
    <section aria-labelledby="table-heading" className="table-view">
      <div className="table-view__head">
        <h2 id="table-heading">Claims table</h2>
        <p className="charts__count" aria-live="polite">
          Showing {list.length} of {total} claims
        </p>
        {toolbar?.({ claims: list, total, metricLabels })}
      </div>
      <QueryState query={claims} what="claims" />
      <RejectedRecordsNotice what="claims" rejected={rejected} />
      {list.length === 0 ? (
        <StatusMessage kind="empty" title="No claims match these filters">
          Remove a filter to see more claims.
        </StatusMessage>
      ) : (
        <ClaimTable claims={list} metricLabels={metricLabels} order={order} onSort={onSort} onOpen={onOpen} />
      )}
    </section>
  );
}
