import type { ImportRowResult } from '@/contract/write-schemas';

/** A row's refusals, warnings and differences from the stored claim, each labelled in words (never by colour alone). */
export function ImportRowFindings({ row }: { row: ImportRowResult }) {
  if (row.issues.length === 0 && row.warnings.length === 0 && row.diff.length === 0) return <>—</>;
  return (
    <>
      {row.issues.length > 0 || row.warnings.length > 0 ? (
        <ul className="import-findings">
          {row.issues.map((issue, i) => (
            <li key={`e${i}`} className="import-findings__error">
              <strong>Error</strong> <code>{issue.field}</code>: <bdi>{issue.message}</bdi>{' '}
              <span className="muted">({issue.code})</span>
            </li>
          ))}
          {row.warnings.map((warning, i) => (
            <li key={`w${i}`} className="import-findings__warning">
              <strong>Warning</strong> <code>{warning.field}</code>: <bdi>{warning.message}</bdi>{' '}
              <span className="muted">({warning.code})</span>
            </li>
          ))}
        </ul>
      ) : null}
      {row.diff.length > 0 ? (
        <details className="import-diff">
          <summary>
            {row.diff.length} field{row.diff.length === 1 ? '' : 's'} differ from the stored claim
          </summary>
          <table>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Stored</th>
                <th scope="col">In the file</th>
              </tr>
            </thead>
            <tbody>
              {row.diff.map((d) => (
                <tr key={d.field}>
                  <th scope="row">
                    <code>{d.field}</code>
                  </th>
                  <td>{d.existing === null ? <span className="muted">(empty)</span> : <bdi>{d.existing}</bdi>}</td>
                  <td>{d.incoming === null ? <span className="muted">(empty)</span> : <bdi>{d.incoming}</bdi>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </>
  );
}
