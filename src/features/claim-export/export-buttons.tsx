import { useState } from 'react';
import { LANG_PARAM } from '@/contract/locale';
import { currentLocale } from '@/i18n/locale-store';
import { useQueryClient } from '@tanstack/react-query';
import { originQueries } from '@/api/queries/origin-queries';
import type { Origin } from '@/contract/origins/origin-schema';
import { downloadBlob } from '@/lib/download';
import { exportFileName } from '@/contract/claim-export';
import { apiGetFile } from '@/api/api-client';
import { claimFiltersToParams } from '@/contract/claim-filter-params';
import { useT } from '@/i18n/translate';
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
  const t = useT();
  const [message, setMessage] = useState('');
  const queryClient = useQueryClient();
  const fromServer = async (format: 'csv' | 'json', matched: number) => {
    setMessage(t('export.exporting', { count: matched, format: format.toUpperCase() }));
    const params = claimFiltersToParams(context.filters);
    params.set('format', format);
    // The metadata's words (title, caveat) and its methodology link in the page's language.
    params.set(LANG_PARAM, currentLocale());
    try {
      const file = await apiGetFile('/claims/export', params);
      downloadBlob(file, exportFileName(format, context.filters, new Date()));
      setMessage(t('export.exported', { count: matched, format: format.toUpperCase() }));
    } catch (error) {
      setMessage(t('export.failed', { message: error instanceof Error ? error.message : String(error) }));
    }
  };
  const run = async (format: 'csv' | 'json') => {
    if (serverMatched !== null) return fromServer(format, serverMatched);
    // Each row names its origin; when the origins cannot be had, the ids still go out, and the message says so.
    let origins: Origin[] = [];
    let originsKnown = true;
    try {
      origins = (await queryClient.fetchQuery(originQueries.list())).origins;
    } catch {
      originsKnown = false;
    }
    const full = { ...context, origins, exportedAt: new Date(), viewUrl: window.location.href };
    const name = exportFileName(format, context.filters, full.exportedAt);
    if (format === 'csv') downloadBlob(new Blob([buildCsvExport(full)], { type: 'text/csv;charset=utf-8' }), name);
    else downloadBlob(new Blob([buildJsonExport(full)], { type: 'application/json' }), name);
    setMessage(
      t(originsKnown ? 'export.exported' : 'export.exportedWithoutOrigins', {
        count: context.claims.length,
        format: format.toUpperCase(),
      }),
    );
  };
  return (
    <div className="export-buttons">
      <button type="button" className="button button--quiet" onClick={() => void run('csv')}>
        {t('export.csv')}
      </button>
      <button type="button" className="button button--quiet" onClick={() => void run('json')}>
        {t('export.json')}
      </button>
      <span role="status" className="muted">
        {message}
      </span>
    </div>
  );
}
