import type { ChartModel } from './chart-model-types';
import { formatFigure, formatPartialDate } from '@/lib/format';
import { CLAIM_KIND_LABELS, VERIFICATION_STATE_LABELS } from '@/lib/labels';
import { AggregateDataTable } from './aggregate-data-table';
import { ChartTableBody } from './chart-table-details';
import { chartTableRows, type OriginCellNote } from './chart-table-rows';
import { DataText } from '@/components/ui/data-text';

interface ChartDataTableProps {
  model: ChartModel;
  onOpen: (id: string) => void;
}

const COLUMNS = [
  'Claimed',
  'Metric',
  'Figure',
  'Kind',
  'Said by',
  'State',
  <span key="details" className="visually-hidden">
    Details
  </span>,
];
/** With origins folded and linked, a column says which marks a claim shares its origin with. */
const WITH_ORIGIN = [...COLUMNS.slice(0, 6), 'Origin', ...COLUMNS.slice(6)];

function OriginCell({ note }: { note: OriginCellNote | null }) {
  if (!note) return <td>—</td>;
  if (note.type === 'folded-into') return <td>Folded into {note.id} (same origin, same figure)</td>;
  const linked = note.sameOriginAs.length ? `Same origin as ${note.sameOriginAs.join(', ')}` : null;
  if (note.type === 'linked') return <td>{linked}</td>;
  return (
    <td>
      {note.folded.marker}, folded:{' '}
      {note.folded.claims.map((c, i) => (
        <span key={c.id}>
          {i > 0 ? ', ' : null}
          {c.id} (<DataText text={c.source.outlet} />)
        </span>
      ))}
      {linked ? `. ${linked}` : null}
    </td>
  );
}

/** The chart as a table: every claim it holds, for screen readers and anyone who prefers rows. */
export function ChartDataTable({ model, onOpen }: ChartDataTableProps) {
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
          Open {claim.id}
        </button>
      </td>
    </tr>
  ));
  return (
    <ChartTableBody
      caption={
        <>
          <bdi>{model.title}</bdi>: every claim in the chart
        </>
      }
      columns={withOrigin ? WITH_ORIGIN : COLUMNS}
      rows={rows}
    />
  );
}
