import { useState } from 'react';
import { downloadBlob } from '@/lib/download';
import { buildCsvExport, buildJsonExport, type ExportContext } from './build-export';

/** Downloads exactly the filtered claims, with sources and a metadata block, as CSV or JSON. */
export function ExportButtons({ context }: { context: Omit<ExportContext, 'exportedAt' | 'viewUrl'> }) {
  const [message, setMessage] = useState('');
  const run = (format: 'csv' | 'json') => {
    const full = { ...context, exportedAt: new Date(), viewUrl: window.location.href };
    const stamp = full.exportedAt.toISOString().slice(0, 10);
    const name = `claimwatch-claims-${context.filters.asof ? `asof-${context.filters.asof}-` : ''}${stamp}.${format}`;
    if (format === 'csv') downloadBlob(new Blob([buildCsvExport(full)], { type: 'text/csv;charset=utf-8' }), name);
    else downloadBlob(new Blob([buildJsonExport(full)], { type: 'application/json' }), name);
    setMessage(`Exported ${context.claims.length} claims as ${format.toUpperCase()}`);
  };
  return (
    <div className="export-buttons">
      <button type="button" className="button button--quiet" onClick={() => run('csv')}>
        Export CSV
      </button>
      <button type="button" className="button button--quiet" onClick={() => run('json')}>
        Export JSON
      </button>
      <span role="status" className="muted">
        {message}
      </span>
    </div>
  );
}
