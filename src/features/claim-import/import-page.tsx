import { useState, type DragEvent } from 'react';
import type { ImportReport } from '@/api/write-schemas';
import { StatusMessage } from '@/components/ui/status-message';
import { ImportReportTable } from './import-report-table';
import { useImport, type ImportFile } from './use-import';

const MAX_BYTES = 5 * 1024 * 1024;

/** Drop a CSV or JSON file, read the per-row check, then commit. Nothing is written before the commit. */
export function ImportPage({ canWrite }: { canWrite: boolean }) {
  const [file, setFile] = useState<ImportFile | null>(null);
  const [mode, setMode] = useState<ImportReport['mode']>('all-or-nothing');
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

  const choose = async (picked: File | undefined) => {
    setReadError('');
    commit.reset();
    if (!picked) return;
    if (picked.size > MAX_BYTES) return setReadError(`${picked.name} is ${(picked.size / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB.`);
    if (!/\.(csv|json)$/i.test(picked.name)) return setReadError(`${picked.name} is neither .csv nor .json.`);
    const next = { name: picked.name, text: await picked.text() };
    setFile(next);
    preview.mutate({ file: next, mode });
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void choose(event.dataTransfer.files[0]);
  };
  const report = commit.data ?? preview.data;
  const blocked = !report || (mode === 'all-or-nothing' && report.counts.rejected > 0) || report.counts.created + report.counts.updated === 0;

  return (
    <section aria-labelledby="import-heading" className="import-page">
      <h2 id="import-heading">Import claims</h2>
      <p className="muted">
        A JSON array of claims in the API’s shape, a JSON array of research notes (the <code>data/research</code> format), or a CSV with the export’s columns. Every
        row is checked first; nothing is written until you commit. Importing the same rows again changes nothing.
      </p>
      <fieldset className="filter-group">
        <legend>If some rows are invalid</legend>
        <label className="filter-option">
          <input type="radio" name="import-mode" checked={mode === 'all-or-nothing'} onChange={() => setMode('all-or-nothing')} /> Import nothing (all or nothing)
        </label>
        <label className="filter-option">
          <input type="radio" name="import-mode" checked={mode === 'per-row'} onChange={() => setMode('per-row')} /> Import the valid rows (per row)
        </label>
      </fieldset>
      <label className={dragging ? 'drop-zone drop-zone--active' : 'drop-zone'} onDragOver={(e) => (e.preventDefault(), setDragging(true))} onDragLeave={() => setDragging(false)} onDrop={onDrop}>
        <span>{file ? `File: ${file.name}` : 'Choose or drop a .csv or .json file'}</span>
        <input type="file" accept=".csv,.json,text/csv,application/json" onChange={(e) => void choose(e.target.files?.[0])} />
      </label>
      {readError ? <StatusMessage kind="error" title="This file cannot be imported">{readError}</StatusMessage> : null}
      {preview.isPending ? <StatusMessage kind="loading" title="Checking every row…" /> : null}
      {preview.isError ? <StatusMessage kind="error" title="The check failed">{preview.error.message}</StatusMessage> : null}
      {commit.isError ? <StatusMessage kind="error" title="The import failed">{commit.error.message}</StatusMessage> : null}
      {file && preview.data && !commit.data ? (
        <div className="import-page__actions">
          <button type="button" className="button" disabled={blocked || commit.isPending} onClick={() => commit.mutate({ file, mode })}>
            {commit.isPending ? 'Importing…' : `Commit import (${preview.data.counts.created} new, ${preview.data.counts.updated} updated)`}
          </button>
          <button type="button" className="button button--quiet" onClick={() => preview.mutate({ file, mode })}>
            Check again
          </button>
          {blocked && preview.data.counts.rejected > 0 && mode === 'all-or-nothing' ? <span className="muted">Fix the rejected rows, or choose “per row”.</span> : null}
        </div>
      ) : null}
      {report ? <ImportReportTable report={report} /> : null}
    </section>
  );
}
