import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { originQueries } from '@/api/queries/origin-queries';
import type { Origin } from '@/contract/origins/origin-schema';
import { downloadBlob } from '@/lib/download';
import { exportFileName } from '@/contract/claim-export';
import { buildCsvExport, buildJsonExport, type ExportContext } from './build-export';

/** Downloads exactly the filtered claims, with sources and a metadata block, as CSV or JSON. */
export function ExportButtons({ context }: { context: Omit<ExportContext, 'exportedAt' | 'viewUrl'> }) {
  const [message, setMessage] = useState('');
  const queryClient = useQueryClient();
  const run = async (format: 'csv' | 'json') => {
    // Each row names its origin; when the origins cannot be had, the ids still go out, and the message says so.
    let origins: Origin[] = [];
    let note = '';
    try {
      origins = (await queryClient.fetchQuery(originQueries.list())).origins;
    } catch {
      note = ' (origin labels unavailable: origin ids only)';
    }
    const full = { ...context, origins, exportedAt: new Date(), viewUrl: window.location.href };
    const name = exportFileName(format, context.filters, full.exportedAt);
    if (format === 'csv') downloadBlob(new Blob([buildCsvExport(full)], { type: 'text/csv;charset=utf-8' }), name);
    else downloadBlob(new Blob([buildJsonExport(full)], { type: 'application/json' }), name);
    setMessage(`Exported ${context.claims.length} claims as ${format.toUpperCase()}${note}`);
  };
  return (
    <div className="export-buttons">
      <button type="button" className="button button--quiet" onClick={() => void run('csv')}>
        Export CSV
      </button>
      <button type="button" className="button button--quiet" onClick={() => void run('json')}>
        Export JSON
      </button>
      <span role="status" className="muted">
        {message}
      </span>
    </div>
  );
}
