import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { prefetchFiltered } from '@/api/queries/prefetch-filtered';
import type { ClaimFilters } from '@/contract/claim-filters';
import { claimFiltersToParams, parseClaimFilters } from '@/contract/claim-filter-params';
import { SCENARIO_PARAMS } from '@/config/scenario-params';
import { LANG_PARAM } from '@/contract/locale';
import { OPEN_CLAIM_PARAM, REPLAY_PARAM } from '@/config/paths';
import { CHART_VIEW_PARAMS, chartViewProblems } from '@/lib/chart-view-settings';

/** New filters, or a change computed from the latest ones. */
export type FilterUpdate = ClaimFilters | ((current: ClaimFilters) => ClaimFilters);

/** Parameters that belong to the view but are not claim filters (the page's language and the mock API's demo scenario among them). */
export const VIEW_PARAMS = [
  'window',
  'sort',
  OPEN_CLAIM_PARAM,
  REPLAY_PARAM,
  LANG_PARAM,
  ...CHART_VIEW_PARAMS,
  ...SCENARIO_PARAMS,
] as const;

/**
 * The filters live in the URL: this reads them (ignoring bad values with a notice) and writes
 * them back. Each change is a history entry, so back and forward step through filter changes;
 * typing in the search box replaces the entry instead of flooding history.
 */
export function useClaimFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const { filters, problems } = useMemo(() => {
    const parsed = parseClaimFilters(searchParams, VIEW_PARAMS);
    return { filters: parsed.filters, problems: [...parsed.problems, ...chartViewProblems(searchParams)] };
  }, [searchParams]);
  // The params written but not yet rendered: a second quick change builds on them, not on the
  // last render, so two fast clicks keep both filters.
  const pending = useRef<URLSearchParams | null>(null);
  useEffect(() => {
    pending.current = null;
  }, [searchParams]);
  // The latest URL and setter, for a setFilters that stays the same function: every chart takes it (to narrow the
  // dates), and a new one on each filter change would redraw every chart before its new answer has come.
  const latest = useRef({ searchParams, setSearchParams });
  useLayoutEffect(() => {
    latest.current = { searchParams, setSearchParams };
  }, [searchParams, setSearchParams]);
  const queryClient = useQueryClient();
  const setFilters = useCallback(
    (update: FilterUpdate, options: { replace?: boolean } = {}) => {
      const { searchParams, setSearchParams } = latest.current;
      const base = pending.current ?? searchParams;
      const current = parseClaimFilters(base, VIEW_PARAMS).filters;
      const next = typeof update === 'function' ? update(current) : update;
      const params = claimFiltersToParams(next);
      prefetchFiltered(queryClient, current, next);
      for (const key of VIEW_PARAMS) {
        const value = base.get(key);
        if (value !== null) params.set(key, value);
      }
      pending.current = params;
      setSearchParams(params, { replace: options.replace ?? false });
    },
    [queryClient],
  );
  return { filters, problems, setFilters };
}
