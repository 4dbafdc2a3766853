import { useEffect, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { sourceQueries } from '@/api/queries/reference-queries';
import { sourceParamRewrite } from './source-param-rewrite';
import { useClaimFilters } from './use-claim-filters';

/**
 * Once the sources have loaded, a link that names a source ("?source=National Intelligence Service (NIS)")
 * is rewritten in place to its id ("?source=kr-nis"): a history replace, so back does not return to the old form.
 */
export function useCanonicalSourceParams() {
  const { filters, setFilters } = useClaimFilters();
  const sources = useQuery(sourceQueries.list()).data?.sources;
  const rewrite = useMemo(() => (sources ? sourceParamRewrite(filters.source, sources) : null), [filters.source, sources]);
  useEffect(() => {
    if (rewrite) setFilters((current) => ({ ...current, source: rewrite }), { replace: true });
  }, [rewrite, setFilters]);
}
