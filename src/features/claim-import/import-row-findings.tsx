import type { ImportRowResult } from '@/contract/write-schemas';
import { useT } from '@/i18n/translate';

/**
 * A row's refusals, warnings and differences from the stored claim, each labelled in words (never by colour alone).
 * The API words its issues in English (the contract is shared with the server): they show as worded, marked so.
 */
export function ImportRowFindings({ row }: { row: ImportRowResult }) {
  const t = useT();
  if (row.issues.length === 0 && row.warnings.length === 0 && row.diff.length === 0) return <>—</>;
  return (
    <>
      {row.issues.length > 0 || row.warnings.length > 0 ? (
        <ul className="import-findings">
          {row.issues.map((issue, i) => (
            <li key={`e${i}`} className="import-findings__error">
              <strong>{t('import.error')}</strong> <code>{issue.field}</code>: <bdi lang="en">{issue.message}</bdi>{' '}
              <span className="muted">({issue.code})</span>
            </li>
          ))}
          {row.warnings.map((warning, i) => (
            <li key={`w${i}`} className="import-findings__warning">
              <strong>{t('import.warning')}</strong> <code>{warning.field}</code>:{' '}
              <bdi lang="en">{warning.message}</bdi> <span className="muted">({warning.code})</span>
            </li>
          ))}
        </ul>
      ) : null}
      {row.diff.length > 0 ? (
        <details className="import-diff">
          <summary>{t('import.fieldsDiffer', { count: row.diff.length })}</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('import.columnField')}</th>
                <th scope="col">{t('import.columnStored')}</th>
                <th scope="col">{t('import.columnInFile')}</th>
              </tr>
            </thead>
            <tbody>
              {row.diff.map((d) => (
                <tr key={d.field}>
                  <th scope="row">
                    <code>{d.field}</code>
                  </th>
                  <td>
                    {d.existing === null ? <span className="muted">{t('import.empty')}</span> : <bdi>{d.existing}</bdi>}
                  </td>
                  <td>
                    {d.incoming === null ? <span className="muted">{t('import.empty')}</span> : <bdi>{d.incoming}</bdi>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </>
  );
}
