import { useMemo, useRef } from 'react';
import type { Claim } from '@/contract/claim-schema';
import { sortClaims, type SortKey, type SortOrder } from './sort-claims';
import { useVirtualRows } from './use-virtual-rows';
import { ClaimTableRow } from './claim-table-row';

/** The windowed table's scroll box, in px. */
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

const claimKey = (claim: Claim) => claim.id;

interface ClaimTableProps {
  claims: Claim[];
  metricLabels: Map<string, string>;
  order: SortOrder;
  onSort: (order: SortOrder) => void;
  onOpen: (id: string) => void;
}

/** Exactly the filtered claims as rows: sortable by any column, keyboard operable, windowed when long. */
export function ClaimTable({ claims, metricLabels, order, onSort, onOpen }: ClaimTableProps) {
  const { key, direction } = order;
  // Sorted once per list and order (the order object is new on every render of the page, its fields are not):
  // scrolling re-renders the table on each frame that moves the window, and never sorts.
  const rows = useMemo(() => sortClaims(claims, { key, direction }), [claims, key, direction]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const win = useVirtualRows(rows, claimKey, { scrollRef, viewportHeight: VIEWPORT });
  const visible = rows.slice(win.start, win.end);
  return (
    <div
      ref={scrollRef}
      className={win.virtual ? 'claim-table claim-table--virtual' : 'claim-table'}
      style={win.virtual ? { maxHeight: VIEWPORT } : undefined}
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
          <SpacerRow height={win.before} />
          {visible.map((claim, i) => (
            <ClaimTableRow
              key={claim.id}
              claim={claim}
              index={win.start + i}
              metricLabel={metricLabels.get(claim.metricId) ?? claim.metricId}
              onOpen={onOpen}
              measureRow={win.measureRow}
            />
          ))}
          <SpacerRow height={win.after} />
        </tbody>
      </table>
    </div>
  );
}

/** Stands in for the rows above or below the window, so that the scroll height and position stay true. */
function SpacerRow({ height }: { height: number }) {
  if (height <= 0) return null;
  return (
    <tr aria-hidden="true">
      <td colSpan={COLUMNS.length + 1} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}
