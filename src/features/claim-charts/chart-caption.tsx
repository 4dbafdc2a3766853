import type { RefObject } from 'react';
import { formatPartialDate } from '@/lib/format';
import { RichText } from '@/i18n/rich-text';
import { useT } from '@/i18n/translate';
import { AggregateNote } from './aggregate-note';
import { CountedApartNote } from './counted-apart-note';
import { ChartExportMenu } from './chart-export-menu';
import type { ChartModel } from './chart-model-types';

interface ChartCaptionProps {
  model: ChartModel;
  titleId: string;
  /** The plot the export menu snapshots. */
  plotRef: RefObject<HTMLDivElement | null>;
  subset: string | null;
  asof: string | undefined;
  onBrush: ((from: string, to: string) => void) | undefined;
  /** In an embed: no export menu, and the "as of" date stamped. */
  embedded?: boolean;
}

/** A drawn chart's caption: title and export menu, the past-view note, claims · unit · latest claim, the groups note. */
export function ChartCaption({ model, titleId, plotRef, subset, asof, onBrush, embedded = false }: ChartCaptionProps) {
  const t = useT();
  const statementsOnly = model.plotted.length === 0 && !model.aggregate;
  return (
    <figcaption className="chart__caption">
      <div className="chart__title-row">
        <h2 id={titleId} className="chart__title">
          <bdi>{model.title}</bdi>
        </h2>
        {embedded ? null : <ChartExportMenu model={model} plotRef={plotRef} subset={subset} />}
      </div>
      {asof ? <p className="chart__past">{t('charts.pastView', { date: formatPartialDate(asof) })}</p> : null}
      {embedded && !asof ? (
        <p className="chart__asof">{t('charts.asOfLatest', { date: formatPartialDate(model.latestClaimDate) })}</p>
      ) : null}
      <p className="chart__meta">
        <RichText
          text={t(statementsOnly ? 'charts.metaStatements' : 'charts.metaUnit', {
            count: model.claimCount,
            date: formatPartialDate(model.latestClaimDate),
          })}
          tags={{ unit: () => <bdi>{model.unitLabel}</bdi> }}
        />
      </p>
      {model.aggregate ? <AggregateNote aggregation={model.aggregate} canNarrow={onBrush !== undefined} /> : null}
      {model.countedApart ? <CountedApartNote apart={model.countedApart} /> : null}
    </figcaption>
  );
}
