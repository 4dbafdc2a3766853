import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { formatNumber } from '@/lib/format';
import { useRendersServerMarkup } from '@/lib/render-phase';
import type { ChartModel } from './chart-model-types';

const ChartDataTable = lazy(async () => ({ default: (await import('./chart-data-table')).ChartDataTable }));

/** What the folded table holds, said on its summary line. */
function tableSummary(model: ChartModel): string {
  if (!model.aggregate) return `Data table (${model.claimCount} ${model.claimCount === 1 ? 'claim' : 'claims'})`;
  const more = model.unquantified.length + model.undated.length;
  return `Data table (${formatNumber(model.aggregate.points.length)} groups of ${formatNumber(model.aggregate.claimCount)} claims${more ? `, ${more} more claims` : ''})`;
}

/**
 * A chart's data table, folded away under its summary. The table's code and rows load when it is
 * first opened: a closed table costs neither DOM nor initial script, and focus stays on the summary.
 */
export function ChartDataTableSlot({ model, onOpen }: { model: ChartModel; onOpen: (id: string) => void }) {
  // The server renders every table, folded, so a page read without scripts can unfold it; once hydrated, a folded
  // table leaves the DOM until it is opened.
  const [opened, setOpened] = useState(useRendersServerMarkup());
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => setOpened(details.current?.open ?? false), []);
  return (
    <details ref={details} className="chart-table" onToggle={(event) => setOpened(event.currentTarget.open)}>
      <summary>{tableSummary(model)}</summary>
      {opened ? (
        <Suspense fallback={<p className="chart-table__loading">Loading the table…</p>}>
          <ChartDataTable model={model} onOpen={onOpen} />
        </Suspense>
      ) : null}
    </details>
  );
}
