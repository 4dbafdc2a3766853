import type { ChartModel } from './chart-model-types';
import { formatFigure, formatPartialDate } from '@/lib/format';
import { CLAIM_KIND_LABELS, VERIFICATION_STATE_LABELS } from '@/lib/labels';
import { AggregateDataTable } from './aggregate-data-table';
import { ChartTableDetails } from './chart-table-details';
import { compareByTime } from './compare-by-time';
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

/** The chart as a table: every claim it holds, for screen readers and anyone who prefers rows. */
export function ChartDataTable({ model, onOpen }: ChartDataTableProps) {
  if (model.aggregate) return <AggregateDataTable model={model} onOpen={onOpen} />;
  const rows = () =>
    [...model.plotted, ...model.unquantified, ...model.undated.map((u) => ({ ...u, mid: Number.POSITIVE_INFINITY }))]
      .sort(compareByTime)
      .map(({ claim, metricLabel }) => (
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
          <td>
            <button type="button" className="link-button" onClick={() => onOpen(claim.id)}>
              Open {claim.id}
            </button>
          </td>
        </tr>
      ));
  return (
    <ChartTableDetails
      summary={`Data table (${model.claimCount} ${model.claimCount === 1 ? 'claim' : 'claims'})`}
      caption={
        <>
          <bdi>{model.title}</bdi>: every claim in the chart
        </>
      }
      columns={COLUMNS}
      rows={rows}
    />
  );
}
