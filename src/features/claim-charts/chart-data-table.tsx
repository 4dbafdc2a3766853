import type { ChartModel } from './chart-model-types';
import { formatFigure, formatPartialDate } from '@/lib/format';
import { CLAIM_KIND_LABELS, VERIFICATION_STATE_LABELS } from '@/lib/labels';
import { AggregateDataTable } from './aggregate-data-table';
import { ChartTableBody } from './chart-table-details';
import { chartTableRows, type OriginCellNote } from './chart-table-rows';
import { DataText } from '@/components/ui/data-text';
import type { MessageKey } from '@/i18n/catalogues/en';
import { RichText } from '@/i18n/rich-text';
import { useT } from '@/i18n/translate';

interface ChartDataTableProps {
  model: ChartModel;
  onOpen: (id: string) => void;
}

const COLUMNS: MessageKey[] = [
  'charts.table.claimed',
  'charts.table.metric',
  'charts.table.figure',
  'charts.table.kind',
  'charts.table.saidBy',
  'charts.table.state',
];
/** With origins folded and linked, a column says which marks a claim shares its origin with. */
const WITH_ORIGIN: MessageKey[] = [...COLUMNS, 'charts.table.origin'];

function OriginCell({ note }: { note: OriginCellNote | null }) {
  const t = useT();
  if (!note) return <td>—</td>;
  if (note.type === 'folded-into') return <td>{t('charts.table.foldedInto', { id: note.id })}</td>;
  const linked = note.sameOriginAs.length
    ? t('charts.table.sameOriginAs', { ids: note.sameOriginAs.join(', ') })
    : null;
  if (note.type === 'linked') return <td>{linked}</td>;
  const { folded } = note;
  return (
    <td>
      <RichText
        text={t('charts.table.folds', { marker: folded.marker })}
        tags={{
          claims: () =>
            folded.claims.map((c, i) => (
              <span key={c.id}>
                {i > 0 ? ', ' : null}
                {c.id} (<DataText text={c.source.outlet} />)
              </span>
            )),
        }}
      />
      {linked ? `. ${linked}` : null}
    </td>
  );
}

/** The chart as a table: every claim it holds, for screen readers and anyone who prefers rows. */
export function ChartDataTable({ model, onOpen }: ChartDataTableProps) {
  const t = useT();
  if (model.aggregate) return <AggregateDataTable model={model} onOpen={onOpen} />;
  const withOrigin = model.plotted.some((p) => p.folded || p.sameOriginAs?.length);
  const rows = chartTableRows(model).map(({ claim, metricLabel, origin }) => (
    <tr key={claim.id}>
      <td>{formatPartialDate(claim.claimedOn, { showPrecision: true })}</td>
      <td>
        <bdi>{metricLabel}</bdi>
      </td>
      <td>
        <DataText text={formatFigure(claim.figure, { withUnit: true })} />
      </td>
      <td>{CLAIM_KIND_LABELS[claim.kind]}</td>
      <td>
        <DataText text={claim.speaker.organisation} />
      </td>
      <td>{VERIFICATION_STATE_LABELS[claim.verification.state]}</td>
      {withOrigin ? <OriginCell note={origin} /> : null}
      <td>
        <button type="button" className="link-button" onClick={() => onOpen(claim.id)}>
          {t('charts.table.open', { id: claim.id })}
        </button>
      </td>
    </tr>
  ));
  return (
    <ChartTableBody
      caption={<RichText text={t('charts.table.caption')} tags={{ title: () => <bdi>{model.title}</bdi> }} />}
      columns={[
        ...(withOrigin ? WITH_ORIGIN : COLUMNS).map((key) => t(key)),
        <span key="details" className="visually-hidden">
          {t('charts.table.details')}
        </span>,
      ]}
      rows={rows}
    />
  );
}
