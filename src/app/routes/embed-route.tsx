import { useCallback, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { parseClaimFilters } from '@/contract/claim-filter-params';
import { EMBED_CHART_PARAM, fullViewUrl } from '@/contract/embed';
import { DEFAULT_LOCALE, LANG_PARAM } from '@/contract/locale';
import { parseChartViewSettings } from '@/lib/chart-view-settings';
import { FilterNotice } from '@/components/ui/filter-notice';
import { ClaimChartsSection } from '@/features/claim-charts/claim-charts-section';
import { VIEW_PARAMS } from '@/features/claim-filters/use-claim-filters';
import { EmbedFooter } from '@/features/embed/embed-footer';
import { usePostEmbedHeight } from '@/features/embed/use-post-embed-height';
import { OPEN_CLAIM_PARAM, paths } from '@/config/paths';
import { useLocale } from '@/i18n/locale-store';
import { useT } from '@/i18n/translate';

const EMBED_PARAMS = [...VIEW_PARAMS, EMBED_CHART_PARAM];

/**
 * /embed: a chart view (or one chart of it, ?chart=) for another site's page: the charts with their keys, "as of"
 * stamps and source lines, and a link back to the full view. None of the dashboard's frame. The server lets other
 * sites frame this path alone. A claim opened here opens in the full view, in a new tab.
 */
export function EmbedRoute() {
  const t = useT();
  const locale = useLocale();
  const [params] = useSearchParams();
  const { filters, problems } = useMemo(() => parseClaimFilters(params, EMBED_PARAMS), [params]);
  const { labels, sourceLines, foldOrigins } = parseChartViewSettings(params);
  const view = useMemo(() => ({ labels, sourceLines, foldOrigins }), [labels, sourceLines, foldOrigins]);
  const fullView = fullViewUrl(params);
  // The methodology opens in a new tab (where this site's remembered language may not reach): in this embed's language.
  const methodology = locale === DEFAULT_LOCALE ? paths.methodology : `${paths.methodology}?${LANG_PARAM}=${locale}`;
  const onOpen = useCallback(
    (id: string) => {
      const claim = `${OPEN_CLAIM_PARAM}=${encodeURIComponent(id)}`;
      window.open(`${fullView}${fullView.includes('?') ? '&' : '?'}${claim}`, '_blank', 'noopener');
    },
    [fullView],
  );
  const content = useRef<HTMLDivElement>(null);
  usePostEmbedHeight(content);
  return (
    <div className="embed" ref={content}>
      <h1 className="visually-hidden">{t('embed.heading')}</h1>
      <main id="main">
        <FilterNotice problems={problems} />
        <ClaimChartsSection
          filters={filters}
          view={view}
          onOpen={onOpen}
          only={params.get(EMBED_CHART_PARAM)}
          embedded
        />
      </main>
      <EmbedFooter fullView={fullView} methodology={methodology} />
    </div>
  );
}
