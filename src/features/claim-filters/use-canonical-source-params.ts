import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { sourceQueries } from '@/api/queries/reference-queries';
import { useClaimFilters } from './use-claim-filters';

/**
 * Once the sources have loaded, a link that names a source ("?source=National Intelligence Service (NIS)")
 * is rewritten in place to its id ("?source=kr-nis"): a history replace, so back does not return to the old form.
 * The resolver loads only for such a link (most links hold ids), so it costs the first view nothing.
 */
export function useCanonicalSourceParams() {
  const { filters, setFilters } = useClaimFilters();
  const sources = useQuery(sourceQueries.list()).data?.sources;
  const values = filters.source;
  const needsRewrite = !!sources && values.some((v) => !sources.some((s) => s.id === v));
  useEffect(() => {
    if (!needsRewrite || !sources) return;
    let cancelled = false;
    void import('./source-param-rewrite').then(({ sourceParamRewrite }) => {
      const rewrite = sourceParamRewrite(values, sources);
      if (!cancelled && rewrite) setFilters((current) => ({ ...current, source: rewrite }), { replace: true });
    });
    return () => {
      cancelled = true;
    };
  }, [needsRewrite, sources, values, setFilters]);
}
