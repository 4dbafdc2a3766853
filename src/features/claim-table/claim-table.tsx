import type { Claim } from '@/contract/claim-schema';
import { formatFigure, formatPartialDate } from '@/lib/format';
import { countryName, CLAIM_KIND_LABELS, VERIFICATION_STATE_LABELS } from '@/lib/labels';
import { ClaimMarkerIcon } from '@/components/charts/claim-marker-icon';
import { sortClaims, type SortKey, type SortOrder } from './sort-claims';
import { useVirtualRows } from './use-virtual-rows';
import { DataText } from '@/components/ui/data-text';

const ROW_HEIGHT = 52;
const VIEWPORT = 640;

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'claimed', label: 'Claimed' },
  { key: 'metric', label: 'Metric' },
  { key: 'figure', label: 'Figure' },
  { key: 'kind', label: 'Kind' },
  { key: 'speaker', label: 'Said by' },
  { key: 'state', label: 'State' },
  { key: 'outlet', label: 'Outlet' },
];

interface ClaimTableProps {
  claims: Claim[];
  metricLabels: Map<string, string>;
  order: SortOrder;
  onSort: (order: SortOrder) => void;
  onOpen: (id: string) => void;
}

/** Exactly the filtered claims as rows: sortable by any column, keyboard operable, windowed when long. */
export function ClaimTable({ claims, metricLabels, order, onSort, onOpen }: ClaimTableProps) {
  const rows = sortClaims(claims, order);
  const win = useVirtualRows(rows.length, ROW_HEIGHT, VIEWPORT);
  const visible = rows.slice(win.start, win.end);
  return (
    <div
      className={win.virtual ? 'claim-table claim-table--virtual' : 'claim-table'}
      style={win.virtual ? { maxHeight: VIEWPORT } : undefined}
      onScroll={win.onScroll}
      tabIndex={win.virtual ? 0 : undefined}
      aria-label={win.virtual ? 'Claims table, scrollable' : undefined}
      role={win.virtual ? 'region' : undefined}
    >
      <table aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">
          Filtered claims, sorted by {COLUMNS.find((c) => c.key === order.key)?.label}{' '}
          {order.direction === 'asc' ? 'ascending' : 'descending'}
        </caption>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((column) => {
              const active = order.key === column.key;
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={active ? (order.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
                >
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() =>
                      onSort({ key: column.key, direction: active && order.direction === 'asc' ? 'desc' : 'asc' })
                    }
                  >
                    {column.label}
                    <span aria-hidden="true">{active ? (order.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                </th>
              );
            })}
            <th scope="col">
              <span className="visually-hidden">Open</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {win.before > 0 ? <tr aria-hidden="true" style={{ height: win.before }} /> : null}
          {visible.map((claim, i) => (
            <tr
              key={claim.id}
              aria-rowindex={win.start + i + 2}
              style={win.virtual ? { height: ROW_HEIGHT } : undefined}
            >
              <td>{formatPartialDate(claim.claimedOn, { showPrecision: true })}</td>
              <td>
                {/* A catalogue label, short: isolated, but not broken inside a word as long texts are. */}
                <bdi>{metricLabels.get(claim.metricId) ?? claim.metricId}</bdi>
              </td>
              <td className="claim-table__figure">
                <DataText text={formatFigure(claim.figure, { withUnit: true })} />
              </td>
              <td>{CLAIM_KIND_LABELS[claim.kind]}</td>
              <td>
                <DataText text={claim.speaker.organisation} />
                {claim.speaker.country ? <span className="muted"> · {countryName(claim.speaker.country)}</span> : null}
              </td>
              <td className="claim-table__state">
                <ClaimMarkerIcon state={claim.verification.state} kind="estimate" />
                {VERIFICATION_STATE_LABELS[claim.verification.state]}
              </td>
              <td>
                <DataText text={claim.source.outlet} />
              </td>
              <td>
                <button type="button" className="link-button" onClick={() => onOpen(claim.id)}>
                  Open {claim.id}
                </button>
              </td>
            </tr>
          ))}
          {win.after > 0 ? <tr aria-hidden="true" style={{ height: win.after }} /> : null}
        </tbody>
      </table>
    </div>
  );
}
