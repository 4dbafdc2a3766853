import { useState } from 'react';
import type { ChartModel } from './to-chart-models';
import { formatFigure, formatPartialDate } from '@/lib/format';
import { CLAIM_KIND_LABELS, VERIFICATION_STATE_LABELS } from '@/lib/labels';
import { AggregateDataTable } from './aggregate-data-table';
import { DataText } from '@/components/ui/data-text';

interface ChartDataTableProps {
  model: ChartModel;
  onOpen: (id: string) => void;
}

/** The chart as a table: every claim it holds, for screen readers and anyone who prefers rows. */
export function ChartDataTable({ model, onOpen }: ChartDataTableProps) {
  // Rows are rendered when the table is opened: a closed table costs no DOM.
  const [open, setOpen] = useState(false);
  if (model.aggregate) return <AggregateDataTable model={model} onOpen={onOpen} />;
  const rows = [
    ...model.plotted,
    ...model.unquantified,
    ...model.undated.map((u) => ({ ...u, mid: Number.POSITIVE_INFINITY })),
  ].sort((a, b) => a.mid - b.mid || a.claim.id.localeCompare(b.claim.id));
  return (
    <details className="chart-table" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        Data table ({model.claimCount} {model.claimCount === 1 ? 'claim' : 'claims'})
      </summary>
      <div className="chart-table__scroll">
        <table>
          <caption className="visually-hidden">
            <bdi>{model.title}</bdi>: every claim in the chart
          </caption>
          <thead>
            <tr>
              <th scope="col">Claimed</th>
              <th scope="col">Metric</th>
              <th scope="col">Figure</th>
              <th scope="col">Kind</th>
              <th scope="col">Said by</th>
              <th scope="col">State</th>
              <th scope="col">
                <span className="visually-hidden">Details</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {(open ? rows : []).map(({ claim, metricLabel }) => (
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
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
