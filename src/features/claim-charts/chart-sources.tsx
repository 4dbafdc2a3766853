import { DataText } from '@/components/ui/data-text';
import { paths } from '@/config/paths';
import type { ChartModel } from './chart-model-types';
import { useT } from '@/i18n/translate';

/** "Sources (3): Kremlin ×2 · NIS · HUR": every organisation the chart's claims come from, with its count; then the
 * link to how claims are recorded. */
export function ChartSources({ sources, embedded = false }: { sources: ChartModel['sources']; embedded?: boolean }) {
  const t = useT();
  return (
    <p className="chart__sources">
      <span className="chart__sources-label">{t('charts.sourcesLabel', { count: sources.length })}</span>{' '}
      {sources.map((s, i) => (
        <span key={s.organisation}>
          {i > 0 ? ' · ' : null}
          <DataText text={s.organisation} />
          {s.count > 1 ? ` ×${s.count}` : ''}
        </span>
      ))}{' '}
      · {/* An embed's frame may show /embed alone: the page opens in a tab of its own. */}
      <a href={paths.methodology} {...(embedded ? { target: '_blank', rel: 'noopener' } : {})}>
        {t('charts.howRecorded')}
      </a>
    </p>
  );
}
