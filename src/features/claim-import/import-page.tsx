import { useState, type DragEvent } from 'react';
import { StatusMessage } from '@/components/ui/status-message';
import { ImportOptions } from './import-options';
import { ImportReportView } from './import-report-view';
import { useImport, type ImportChoices, type ImportFile } from './use-import';

const MAX_BYTES = 5 * 1024 * 1024;

/** Drop a CSV or JSON file, read the per-row check, then commit. Nothing is written before the commit. */
export function ImportPage({ canWrite }: { canWrite: boolean }) {
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
      <StatusMessage kind="warning" title="Sign in as an analyst to import claims">
        Imports need the project’s server and an analyst or admin token. The mock API of the static demo is read-only.
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
      return setReadError(`${picked.name} is ${(picked.size / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB.`);
    if (!/\.(csv|json)$/i.test(picked.name)) return setReadError(`${picked.name} is neither .csv nor .json.`);
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
      <h2 id="import-heading">Import claims</h2>
      <p className="muted">
        A JSON array of claims in the API’s shape (or the dashboard’s JSON export), a JSON array of research notes (the{' '}
        <code>data/research</code> format), or a CSV with the export’s columns. Every row is checked first; nothing is
        written until you commit. Importing the same rows again changes nothing.
      </p>
      <p className="muted">
        Archived copies of a source address go in the CSV’s <code>source_archives</code> column, each as{' '}
        <code>YYYY-MM-DD https://archive-address</code> (then <code>sha256:</code> and the 64-character hash, if known),
        separated by <code>|</code>; in JSON, as <code>source.archives</code>. Only http(s) archive addresses are
        accepted.
      </p>
      <ImportOptions choices={choices} onChange={changeChoices} />
      <label
        className={dragging ? 'drop-zone drop-zone--active' : 'drop-zone'}
        onDragOver={(e) => (e.preventDefault(), setDragging(true))}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <span>{file ? `File: ${file.name}` : 'Choose or drop a .csv or .json file'}</span>
        <input
          type="file"
          accept=".csv,.json,text/csv,application/json"
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </label>
      {readError ? (
        <StatusMessage kind="error" title="This file cannot be imported">
          {readError}
        </StatusMessage>
      ) : null}
      {preview.isPending ? <StatusMessage kind="loading" title="Checking every row…" /> : null}
      {preview.isError ? (
        <StatusMessage kind="error" title="The file cannot be read">
          {preview.error.message}
        </StatusMessage>
      ) : null}
      {commit.isError ? (
        <StatusMessage kind="error" title="The import failed">
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
              ? 'Importing…'
              : `Commit import (${counts.would_create} new, ${counts.would_update} updated)`}
          </button>
          <button type="button" className="button button--quiet" onClick={() => check(file, choices)}>
            Check again
          </button>
          {blocked && counts.refused > 0 && choices.mode === 'all-or-nothing' ? (
            <span className="muted">Fix the refused rows, or choose “per row”.</span>
          ) : null}
        </div>
      ) : null}
      {report ? <ImportReportView report={report} /> : null}
    </section>
  );
}
