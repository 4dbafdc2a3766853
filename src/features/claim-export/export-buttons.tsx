import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { originQueries } from '@/api/queries/origin-queries';
import type { Origin } from '@/contract/origins/origin-schema';
import { downloadBlob } from '@/lib/download';
import { exportFileName } from '@/contract/claim-export';
import { apiGetFile } from '@/api/api-client';
import { claimFiltersToParams } from '@/contract/claim-filter-params';
import { formatNumber } from '@/lib/format';
import { buildCsvExport, buildJsonExport, type ExportContext } from './build-export';

interface ExportButtonsProps {
  context: Omit<ExportContext, 'exportedAt' | 'viewUrl'>;
  /** How many claims the filters keep, when the page holds only some of them: the API makes the file (streamed). */
  serverMatched?: number | null;
}

/**
 * Downloads exactly the filtered claims, with sources and a metadata block, as CSV or JSON: made here from the
 * claims in the page, or, when the page holds only some of them, by the API (GET /api/claims/export), the same file.
 */
export function ExportButtons({ context, serverMatched = null }: ExportButtonsProps) {
  const [message, setMessage] = useState('');
  const queryClient = useQueryClient();
  const fromServer = async (format: 'csv' | 'json', matched: number) => {
    setMessage(`Exporting ${formatNumber(matched)} claims as ${format.toUpperCase()}…`);
    const params = claimFiltersToParams(context.filters);
    params.set('format', format);
    try {
      const file = await apiGetFile('/claims/export', params);
      downloadBlob(file, exportFileName(format, context.filters, new Date()));
      setMessage(`Exported ${formatNumber(matched)} claims as ${format.toUpperCase()}`);
    } catch (error) {
      setMessage(`The export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const run = async (format: 'csv' | 'json') => {
    if (serverMatched !== null) return fromServer(format, serverMatched);
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
