import type { ImportReport } from '@/api/write-schemas';

const STATUS_LABELS: Record<ImportReport['rows'][number]['status'], string> = {
  created: 'New',
  updated: 'Updates an existing claim',
  unchanged: 'Already up to date',
  rejected: 'Rejected',
};

/** The per-row report: what each row would do (or did), and for a rejected row, each field and why. */
export function ImportReportTable({ report }: { report: ImportReport }) {
  const { counts } = report;
  return (
    <section aria-labelledby="import-report-heading" className="import-report">
      <h3 id="import-report-heading">
        {report.dryRun ? 'Check before importing' : report.committed ? 'Imported' : 'Nothing was imported'}
      </h3>
      <p>
        {report.format} · {report.mode} · {counts.created} new, {counts.updated} updated, {counts.unchanged} unchanged, <strong>{counts.rejected} rejected</strong>
      </p>
      <div className="claim-table">
        <table>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Claim id</th>
              <th scope="col">Result</th>
              <th scope="col">Problems</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((row) => (
              <tr key={`${row.row}-${row.id ?? ''}`} className={row.status === 'rejected' ? 'import-report__rejected' : undefined}>
                <td>{row.row}</td>
                <td>{row.id ?? '—'}</td>
                <td>{STATUS_LABELS[row.status]}</td>
                <td>
                  {row.issues.length ? (
                    <ul>
                      {row.issues.map((issue, i) => (
                        <li key={i}>
                          <code>{issue.field}</code>: {issue.message}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
