import { useState, type ReactNode } from 'react';

interface ChartTableDetailsProps {
  summary: ReactNode;
  /** Read by screen readers only: what the table holds. */
  caption: ReactNode;
  /** The column headers, in order. */
  columns: ReactNode[];
  /** The table's rows, built only while it is open. */
  rows: () => ReactNode;
  /** Anything after the table (a list of claims it does not hold), also built only while it is open. */
  after?: () => ReactNode;
}

/** A chart's data table, folded away under its summary: rows are built when it is opened, so a closed table costs no DOM. */
export function ChartTableDetails({ summary, caption, columns, rows, after }: ChartTableDetailsProps) {
  const [open, setOpen] = useState(false);
  return (
    <details className="chart-table" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
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
          <tbody>{open ? rows() : null}</tbody>
        </table>
        {open ? after?.() : null}
      </div>
    </details>
  );
}
