import { useState } from 'react';
import { Link } from 'react-router';
import type { ImportReport, ImportRowResult } from '@/contract/write-schemas';
import { paths } from '@/config/paths';
import type { MessageKey } from '@/i18n/catalogues/en';
import { RichText } from '@/i18n/rich-text';
import { useT, type Translate } from '@/i18n/translate';
import { ImportRowFindings } from './import-row-findings';

const STATUS_LABELS: Record<ImportRowResult['status'], MessageKey> = {
  created: 'import.statusCreated',
  updated: 'import.statusUpdated',
  unchanged: 'import.statusUnchanged',
  refused: 'import.statusRefused',
  would_create: 'import.statusWouldCreate',
  would_update: 'import.statusWouldUpdate',
};

const MODE_LABELS: Record<ImportReport['mode'], MessageKey> = {
  'all-or-nothing': 'import.modeAllOrNothing',
  'per-row': 'import.modePerRow',
};

type Show = 'all' | 'refused' | 'warned' | 'changes';
/** Each choice of rows: its label, the table's caption, and what is said when no row is left. */
const SHOW_MESSAGES: Record<Show, { label: MessageKey; caption: MessageKey; empty: MessageKey }> = {
  all: { label: 'import.showAll', caption: 'import.captionAll', empty: 'import.emptyAll' },
  refused: { label: 'import.showRefused', caption: 'import.captionRefused', empty: 'import.emptyRefused' },
  warned: { label: 'import.showWarned', caption: 'import.captionWarned', empty: 'import.emptyWarned' },
  changes: { label: 'import.showChanges', caption: 'import.captionChanges', empty: 'import.emptyChanges' },
};
const shows = (row: ImportRowResult, show: Show) =>
  show === 'all' ||
  (show === 'refused' && row.status === 'refused') ||
  (show === 'warned' && row.status !== 'refused' && row.warnings.length > 0) ||
  (show === 'changes' && row.status !== 'refused' && row.status !== 'unchanged');

function summary(report: ImportReport, t: Translate): string {
  const c = report.counts;
  const rest = { unchanged: c.unchanged, refused: c.refused, warned: c.warned };
  return report.committed
    ? t('import.summaryCommitted', { created: c.created, updated: c.updated, ...rest })
    : t('import.summaryDryRun', { created: c.would_create, updated: c.would_update, ...rest });
}

/** The per-row report: what each row would do (or did), why a row is refused, and what to review in an accepted one. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const t = useT();
  const [show, setShow] = useState<Show>('all');
  const rows = report.rows.filter((row) => shows(row, show));
  const title = report.dryRun
    ? t('import.titleDryRun')
    : report.committed
      ? t('import.titleImported')
      : t('import.titleNothing');
  return (
    <section aria-labelledby="import-report-heading" className="import-report">
      <h3 id="import-report-heading">{title}</h3>
      <p>
        {report.format} · {t(MODE_LABELS[report.mode])}
        {report.overwrite ? ` · ${t('import.modeOverwrite')}` : ''} · <strong>{summary(report, t)}</strong>
      </p>
      {report.committed && report.counts.warned > 0 ? (
        <p>
          <RichText
            text={t('import.reviewWarnings')}
            tags={{ link: (inner) => <Link to={`${paths.table}?warning=any`}>{inner}</Link> }}
          />
        </p>
      ) : null}
      <fieldset className="import-report__show">
        <legend>{t('import.showLegend')}</legend>
        {(Object.keys(SHOW_MESSAGES) as Show[]).map((value) => (
          <label key={value} className="filter-option">
            <input type="radio" name="import-report-show" checked={show === value} onChange={() => setShow(value)} />{' '}
            {t(SHOW_MESSAGES[value].label)}
          </label>
        ))}
      </fieldset>
      <div className="claim-table">
        <table>
          <caption className="visually-hidden">{t(SHOW_MESSAGES[show].caption)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.columnRow')}</th>
              <th scope="col">{t('import.columnId')}</th>
              <th scope="col">{t('import.columnResult')}</th>
              <th scope="col">{t('import.columnFindings')}</th>
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
                  {row.line !== null ? (
                    <span className="muted"> {t('import.line', { line: String(row.line) })}</span>
                  ) : null}
                </td>
                <td>{row.id ? <bdi>{row.id}</bdi> : '—'}</td>
                <td>{t(STATUS_LABELS[row.status])}</td>
                <td>
                  <ImportRowFindings row={row} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 ? <p className="muted">{t(SHOW_MESSAGES[show].empty)}</p> : null}
      </div>
    </section>
  );
}
