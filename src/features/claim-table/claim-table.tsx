import { useEffect, useMemo, useRef } from 'react';
import type { Claim } from '@/contract/claim-schema';
import { sortClaims, type SortKey, type SortOrder } from './sort-claims';
import { useVirtualRows } from './use-virtual-rows';
import { ClaimTableRow } from './claim-table-row';
import type { MessageKey } from '@/i18n/catalogues/en';
import { useT } from '@/i18n/translate';

/** The windowed table's scroll box, in px. */
const VIEWPORT = 640;

/** The columns, each named by its message (translated when drawn). */
const COLUMNS: { key: SortKey; label: MessageKey }[] = [
  { key: 'claimed', label: 'table.column.claimed' },
  { key: 'metric', label: 'table.column.metric' },
  { key: 'figure', label: 'table.column.figure' },
  { key: 'kind', label: 'table.column.kind' },
  { key: 'speaker', label: 'table.column.speaker' },
  { key: 'state', label: 'table.column.state' },
  { key: 'outlet', label: 'table.column.outlet' },
];

const claimKey = (claim: Claim) => claim.id;

/** The order the API pages in (claim-pages.ts): oldest claim first. */
const API_ORDER: SortOrder = { key: 'claimed', direction: 'asc' };

interface ClaimTableProps {
  claims: Claim[];
  metricLabels: Map<string, string>;
  order: SortOrder;
  onSort: (order: SortOrder) => void;
  onOpen: (id: string) => void;
  /**
   * Set when the rows are the first pages of a longer list, in the API's order (oldest first): columns do not sort
   * (that would sort the loaded rows alone), and `onNearEnd` asks for the next page as the window nears the end.
   */
  paged?: { rowCount: number; onNearEnd: () => void };
}

/** How close to the last loaded row the window comes before the next page is asked for. */
const NEAR_END = 60;

/** Exactly the filtered claims as rows: sortable by any column, keyboard operable, windowed when long. */
export function ClaimTable({ claims, metricLabels, order: asked, onSort, onOpen, paged }: ClaimTableProps) {
  const t = useT();
  const order: SortOrder = paged ? API_ORDER : asked;
  const { key, direction } = order;
  // Sorted once per list and order (the order object is new on every render of the page, its fields are not):
  // scrolling re-renders the table on each frame that moves the window, and never sorts.
  const rows = useMemo(
    () => (paged ? claims : sortClaims(claims, { key, direction })),
    [claims, key, direction, paged],
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  const win = useVirtualRows(rows, claimKey, { scrollRef, viewportHeight: VIEWPORT });
  const visible = rows.slice(win.start, win.end);
  const onNearEnd = paged?.onNearEnd;
  const nearEnd = win.end >= rows.length - NEAR_END;
  useEffect(() => {
    if (nearEnd) onNearEnd?.();
  }, [nearEnd, onNearEnd, rows.length]);
  return (
    <div
      ref={scrollRef}
      className={win.virtual ? 'claim-table claim-table--virtual' : 'claim-table'}
      style={win.virtual ? { maxHeight: VIEWPORT } : undefined}
      tabIndex={win.virtual ? 0 : undefined}
      aria-label={win.virtual ? t('table.scrollable') : undefined}
      role={win.virtual ? 'region' : undefined}
    >
      <table aria-rowcount={(paged?.rowCount ?? rows.length) + 1}>
        <caption className="visually-hidden">
          {paged
            ? t('table.captionPaged', { loaded: rows.length, total: paged.rowCount })
            : t(order.direction === 'asc' ? 'table.captionAscending' : 'table.captionDescending', {
                column: t(COLUMNS.find((c) => c.key === order.key)?.label ?? 'table.column.claimed'),
              })}
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
                  {paged ? (
                    t(column.label)
                  ) : (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() =>
                        onSort({ key: column.key, direction: active && order.direction === 'asc' ? 'desc' : 'asc' })
                      }
                    >
                      {t(column.label)}
                      <span aria-hidden="true">{active ? (order.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                    </button>
                  )}
                </th>
              );
            })}
            <th scope="col">
              <span className="visually-hidden">{t('table.open')}</span>
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
