import { DataText } from '@/components/ui/data-text';
import type { ChartModel } from './chart-model-types';

/** "Sources (3): Kremlin ×2 · NIS · HUR": every organisation the chart's claims come from, with its count. */
export function ChartSources({ sources }: { sources: ChartModel['sources'] }) {
  return (
    <p className="chart__sources">
      <span className="chart__sources-label">Sources ({sources.length}):</span>{' '}
      {sources.map((s, i) => (
        <span key={s.organisation}>
          {i > 0 ? ' · ' : null}
          <DataText text={s.organisation} />
          {s.count > 1 ? ` ×${s.count}` : ''}
        </span>
      ))}
    </p>
  );
}
