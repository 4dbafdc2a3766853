import { useClaimList } from '@/api/queries/use-claim-list';
import { referenceText } from '@/i18n/reference-text';
import type { ReactNode } from 'react';
import type { Claim } from '@/contract/claim-schema';
import { useCallback, useMemo } from 'react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { claimQueries } from '@/api/queries/claim-queries';
import type { RejectedRecord } from '@/api/api-client';
import { useSearchParams } from 'react-router';
import type { ClaimFilters } from '@/contract/claim-filters';
import { metricQueries } from '@/api/queries/reference-queries';
import { StatusMessage } from '@/components/ui/status-message';
import { QueryState } from '@/components/ui/query-state';
import { RejectedRecordsNotice } from '@/components/ui/rejected-records-notice';
import { ClaimTable } from './claim-table';
import { parseSort, type SortOrder } from './sort-claims';
import { useT } from '@/i18n/translate';

interface ClaimTableSectionProps {
  filters: ClaimFilters;
  onOpen: (id: string) => void;
  /** Rendered above the table once claims have loaded (e.g. export buttons). */
  toolbar?: (data: ToolbarData) => ReactNode;
}

/** What the toolbar is given: the claims in the page and, when they are only the first pages, how many match. */
export interface ToolbarData {
  claims: Claim[];
  total: number;
  metricLabels: Map<string, string>;
  /** Null when `claims` is every claim the filters keep; else how many they keep. */
  serverMatched: number | null;
}

/** The table view: the same query as the charts, so it always shows exactly the charted claims. */
export function ClaimTableSection({ filters, onOpen, toolbar }: ClaimTableSectionProps) {
  const t = useT();
  const claims = useClaimList(filters);
  const metrics = useQuery(metricQueries.list());
  const [searchParams, setSearchParams] = useSearchParams();
  const order = parseSort(searchParams.get('sort'));
  const metricLabels = useMemo(
    () => new Map((metrics.data?.metrics ?? []).map((m) => [m.id, referenceText(m.label)])),
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

  const what = 'claims';
  if (!claims.data) return <QueryState query={claims} what={what} />;
  if (!claims.data.complete)
    return <PagedClaimTableSection filters={filters} onOpen={onOpen} toolbar={toolbar} metricLabels={metricLabels} />;
  const { claims: list, total, rejected } = claims.data;
  return (
    <section aria-labelledby="table-heading" className="table-view">
      <div className="table-view__head">
        <h2 id="table-heading">{t('table.heading')}</h2>
        <p className="charts__count" aria-live="polite">
          {t('table.showing', { shown: list.length, count: total })}
        </p>
        {toolbar?.({ claims: list, total, metricLabels, serverMatched: null })}
      </div>
      <QueryState query={claims} what={what} />
      <RejectedRecordsNotice what={what} rejected={rejected} />
      {list.length === 0 ? (
        <StatusMessage kind="empty" title={t('table.noMatch')}>
          {t('table.removeFilter')}
        </StatusMessage>
      ) : (
        <ClaimTable claims={list} metricLabels={metricLabels} order={order} onSort={onSort} onOpen={onOpen} />
      )}
    </section>
  );
}

/**
 * The table of a list too long to load whole: its pages in the API's order, the next one loaded as the window nears
 * the end (or with the button, for keyboards and screen readers).
 */
function PagedClaimTableSection({
  filters,
  onOpen,
  toolbar,
  metricLabels,
}: Omit<ClaimTableSectionProps, 'filters'> & { filters: ClaimFilters; metricLabels: Map<string, string> }) {
  const t = useT();
  const what = 'claims';
  const pages = useInfiniteQuery(claimQueries.pages(filters));
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = pages;
  const loaded = useMemo(() => {
    const claims: Claim[] = [];
    const rejected: RejectedRecord[] = [];
    for (const page of pages.data?.pages ?? []) {
      const before = claims.length + rejected.length;
      claims.push(...page.claims);
      for (const record of page.rejected) rejected.push({ ...record, index: before + record.index });
    }
    return { claims, rejected };
  }, [pages.data]);
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  const first = pages.data?.pages[0];
  if (!first) return <QueryState query={pages} what={what} />;
  const { total, matched } = first;
  return (
    <section aria-labelledby="table-heading" className="table-view">
      <div className="table-view__head">
        <h2 id="table-heading">{t('table.heading')}</h2>
        <p className="charts__count" aria-live="polite">
          {t('table.matchedLoaded', { matched, count: total, loaded: loaded.claims.length })}
        </p>
        {toolbar?.({ claims: loaded.claims, total, metricLabels, serverMatched: matched })}
      </div>
      <QueryState query={pages} what={what} />
      <RejectedRecordsNotice what={what} rejected={loaded.rejected} />
      <ClaimTable
        claims={loaded.claims}
        metricLabels={metricLabels}
        order={{ key: 'claimed', direction: 'asc' }}
        onSort={() => undefined}
        onOpen={onOpen}
        paged={{ rowCount: matched, onNearEnd: loadMore }}
      />
      {hasNextPage ? (
        <button type="button" className="button button--quiet" onClick={loadMore}>
          {isFetchingNextPage ? t('table.loadingMore') : t('table.loadMore', { loaded: loaded.claims.length, matched })}
        </button>
      ) : null}
    </section>
  );
}
