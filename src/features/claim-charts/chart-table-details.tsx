import type { ReactNode } from 'react';

interface ChartTableBodyProps {
  /** Read by screen readers only: what the table holds. */
  caption: ReactNode;
  /** The column headers, in order. */
  columns: ReactNode[];
  rows: ReactNode;
  /** Anything after the table (a list of claims it does not hold). */
  after?: ReactNode;
}

/** A chart's data table as shown inside its open details (chart-data-table-slot.tsx holds the details). */
export function ChartTableBody({ caption, columns, rows, after }: ChartTableBodyProps) {
  return (
    <div className="chart-table__scroll">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{rows}</tbody>
      </table>
      {after}
    </div>
  );
}
