import { useState } from 'react';
import { Link } from 'react-router';
import type { ImportReport, ImportRowResult } from '@/contract/write-schemas';
import { paths } from '@/config/paths';
import { ImportRowFindings } from './import-row-findings';

const STATUS_LABELS: Record<ImportRowResult['status'], string> = {
  created: 'Created',
  updated: 'Updated',
  unchanged: 'Unchanged (already the same)',
  refused: 'Refused',
  would_create: 'Would create',
  would_update: 'Would update',
};

type Show = 'all' | 'refused' | 'warned' | 'changes';
const SHOW_LABELS: Record<Show, string> = {
  all: 'All rows',
  refused: 'Refused',
  warned: 'With warnings',
  changes: 'New or changed',
};
const shows = (row: ImportRowResult, show: Show) =>
  show === 'all' ||
  (show === 'refused' && row.status === 'refused') ||
  (show === 'warned' && row.status !== 'refused' && row.warnings.length > 0) ||
  (show === 'changes' && row.status !== 'refused' && row.status !== 'unchanged');

function summary(report: ImportReport): string {
  const c = report.counts;
  const written = report.committed
    ? `${c.created} created, ${c.updated} updated`
    : `${c.would_create} would be created, ${c.would_update} would be updated`;
  return `${written}, ${c.unchanged} unchanged, ${c.refused} refused, ${c.warned} with warnings`;
}

/** The per-row report: what each row would do (or did), why a row is refused, and what to review in an accepted one. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const [show, setShow] = useState<Show>('all');
  const rows = report.rows.filter((row) => shows(row, show));
  const title = report.dryRun ? 'Check before importing' : report.committed ? 'Imported' : 'Nothing was imported';
  return (
    <section aria-labelledby="import-report-heading" className="import-report">
      <h3 id="import-report-heading">{title}</h3>
      <p>
        {report.format} · {report.mode}
        {report.overwrite ? ' · overwrite' : ''} · <strong>{summary(report)}</strong>
      </p>
      {report.committed && report.counts.warned > 0 ? (
        <p>
          <Link to={`${paths.table}?warning=any`}>Review the claims with warnings in the table</Link> (the filter
          “Import warnings” keeps them).
        </p>
      ) : null}
      <fieldset className="import-report__show">
        <legend>Show</legend>
        {(Object.keys(SHOW_LABELS) as Show[]).map((value) => (
          <label key={value} className="filter-option">
            <input type="radio" name="import-report-show" checked={show === value} onChange={() => setShow(value)} />{' '}
            {SHOW_LABELS[value]}
          </label>
        ))}
      </fieldset>
      <div className="claim-table">
        <table>
          <caption className="visually-hidden">Import rows: {SHOW_LABELS[show].toLowerCase()}</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Claim id</th>
              <th scope="col">Result</th>
              <th scope="col">Problems and warnings</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={`${row.row}-${row.id ?? ''}`}
                className={
                  row.status === 'refused'
                    ? 'import-report__refused'
                    : row.warnings.length
                      ? 'import-report__warned'
                      : undefined
                }
              >
                <td>
                  {row.row}
                  {row.line !== null ? <span className="muted"> (line {row.line})</span> : null}
                </td>
                <td>{row.id ? <bdi>{row.id}</bdi> : '—'}</td>
                <td>{STATUS_LABELS[row.status]}</td>
                <td>
                  <ImportRowFindings row={row} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 ? <p className="muted">No row is {SHOW_LABELS[show].toLowerCase()}.</p> : null}
      </div>
    </section>
  );
}
