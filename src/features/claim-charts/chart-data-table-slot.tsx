import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useRendersServerMarkup } from '@/lib/render-phase';
import type { ChartModel } from './chart-model-types';
import { useT, type Translate } from '@/i18n/translate';

const ChartDataTable = lazy(async () => ({ default: (await import('./chart-data-table')).ChartDataTable }));

/** What the folded table holds, said on its summary line. */
function tableSummary(model: ChartModel, t: Translate): string {
  if (!model.aggregate) return t('charts.table.summary', { count: model.claimCount });
  const more = model.unquantified.length + model.undated.length;
  const groups = { groups: model.aggregate.points.length, claims: model.aggregate.claimCount };
  return more ? t('charts.table.summaryGroupsMore', { ...groups, more }) : t('charts.table.summaryGroups', groups);
}

/**
 * A chart's data table, folded away under its summary. The table's code and rows load when it is
 * first opened: a closed table costs neither DOM nor initial script, and focus stays on the summary.
 */
export function ChartDataTableSlot({ model, onOpen }: { model: ChartModel; onOpen: (id: string) => void }) {
  const t = useT();
  // The server renders every table, folded, so a page read without scripts can unfold it; once hydrated, a folded
  // table leaves the DOM until it is opened.
  const [opened, setOpened] = useState(useRendersServerMarkup());
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => setOpened(details.current?.open ?? false), []);
  return (
    <details ref={details} className="chart-table" onToggle={(event) => setOpened(event.currentTarget.open)}>
      <summary>{tableSummary(model, t)}</summary>
      {opened ? (
        <Suspense fallback={<p className="chart-table__loading">{t('charts.table.loading')}</p>}>
          <ChartDataTable model={model} onOpen={onOpen} />
        </Suspense>
      ) : null}
    </details>
  );
}
