import { useState, type DragEvent } from 'react';
import { StatusMessage } from '@/components/ui/status-message';
import { currentLocale } from '@/i18n/locale-store';
import { RichText } from '@/i18n/rich-text';
import { useT } from '@/i18n/translate';
import { ImportOptions } from './import-options';
import { ImportReportView } from './import-report-view';
import { useImport, type ImportChoices, type ImportFile } from './use-import';

const MAX_MEGABYTES = 5;
const MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;

/** A size in megabytes with one decimal, as the page's language writes it ("5.3", "5,3"). */
const megabytes = (bytes: number) =>
  new Intl.NumberFormat(currentLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    bytes / 1024 / 1024,
  );

/** Drop a CSV or JSON file, read the per-row check, then commit. Nothing is written before the commit. */
export function ImportPage({ canWrite }: { canWrite: boolean }) {
  const t = useT();
  const [file, setFile] = useState<ImportFile | null>(null);
  const [choices, setChoices] = useState<ImportChoices>({
    mode: 'all-or-nothing',
    overwrite: false,
    acceptAboveCeiling: false,
  });
  const [readError, setReadError] = useState('');
  const [dragging, setDragging] = useState(false);
  const { preview, commit } = useImport();

  if (!canWrite) {
    return (
      <StatusMessage kind="warning" title={t('import.signInRequired')}>
        {t('import.signInRequiredDetail')}
      </StatusMessage>
    );
  }

  const check = (next: ImportFile, nextChoices: ImportChoices) => {
    commit.reset();
    preview.mutate({ file: next, choices: nextChoices });
  };
  const choose = async (picked: File | undefined) => {
    setReadError('');
    commit.reset();
    if (!picked) return;
    if (picked.size > MAX_BYTES)
      return setReadError(
        t('import.tooLarge', { name: picked.name, size: megabytes(picked.size), limit: MAX_MEGABYTES }),
      );
    if (!/\.(csv|json)$/i.test(picked.name)) return setReadError(t('import.wrongType', { name: picked.name }));
    const next = { name: picked.name, text: await picked.text() };
    setFile(next);
    check(next, choices);
  };
  const changeChoices = (next: ImportChoices) => {
    setChoices(next);
    if (file) check(file, next);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void choose(event.dataTransfer.files[0]);
  };
  const report = commit.data ?? preview.data;
  const counts = preview.data?.counts;
  const blocked =
    !counts ||
    (choices.mode === 'all-or-nothing' && counts.refused > 0) ||
    counts.would_create + counts.would_update === 0;

  return (
    <section aria-labelledby="import-heading" className="import-page">
      <h2 id="import-heading">{t('import.heading')}</h2>
      <p className="muted">
        <RichText text={t('import.intro')} tags={{ code: (inner) => <code>{inner}</code> }} />
      </p>
      <p className="muted">
        <RichText text={t('import.archivesHelp')} tags={{ code: (inner) => <code>{inner}</code> }} />
      </p>
      <ImportOptions choices={choices} onChange={changeChoices} />
      <label
        className={dragging ? 'drop-zone drop-zone--active' : 'drop-zone'}
        onDragOver={(e) => (e.preventDefault(), setDragging(true))}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <span>{file ? t('import.chosenFile', { name: file.name }) : t('import.chooseFile')}</span>
        <input
          type="file"
          accept=".csv,.json,text/csv,application/json"
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </label>
      {readError ? (
        <StatusMessage kind="error" title={t('import.cannotImport')}>
          {readError}
        </StatusMessage>
      ) : null}
      {preview.isPending ? <StatusMessage kind="loading" title={t('import.checking')} /> : null}
      {preview.isError ? (
        <StatusMessage kind="error" title={t('import.cannotRead')}>
          {preview.error.message}
        </StatusMessage>
      ) : null}
      {commit.isError ? (
        <StatusMessage kind="error" title={t('import.failed')}>
          {commit.error.message}
        </StatusMessage>
      ) : null}
      {file && counts && !commit.data ? (
        <div className="import-page__actions">
          <button
            type="button"
            className="button"
            disabled={blocked || commit.isPending}
            onClick={() => commit.mutate({ file, choices })}
          >
            {commit.isPending
              ? t('import.importing')
              : t('import.commit', { created: counts.would_create, updated: counts.would_update })}
          </button>
          <button type="button" className="button button--quiet" onClick={() => check(file, choices)}>
            {t('import.checkAgain')}
          </button>
          {blocked && counts.refused > 0 && choices.mode === 'all-or-nothing' ? (
            <span className="muted">{t('import.fixRefused')}</span>
          ) : null}
        </div>
      ) : null}
      {report ? <ImportReportView report={report} /> : null}
    </section>
  );
}
