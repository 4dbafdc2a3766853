import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiUpload } from '@/api/api-client';
import { ImportReportSchema, type ImportReport } from '@/api/write-schemas';
import { claimQueries } from '@/api/queries/claim-queries';
import { metricQueries, sourceQueries } from '@/api/queries/reference-queries';

export interface ImportFile {
  name: string;
  text: string;
}

const contentTypeOf = (name: string) => (/\.csv$/i.test(name) ? 'text/csv' : 'application/json');

/** Dry run and commit of an import through POST /api/imports; a commit refreshes every claim view. */
export function useImport() {
  const queryClient = useQueryClient();
  const run = (file: ImportFile, mode: ImportReport['mode'], dryRun: boolean) =>
    apiUpload('/imports', ImportReportSchema, file.text, contentTypeOf(file.name), new URLSearchParams({ mode, dryRun: String(dryRun) }));
  const preview = useMutation({ mutationFn: ({ file, mode }: { file: ImportFile; mode: ImportReport['mode'] }) => run(file, mode, true) });
  const commit = useMutation({
    mutationFn: ({ file, mode }: { file: ImportFile; mode: ImportReport['mode'] }) => run(file, mode, false),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: claimQueries.all() });
      void queryClient.invalidateQueries({ queryKey: metricQueries.list().queryKey });
      void queryClient.invalidateQueries({ queryKey: sourceQueries.list().queryKey });
    },
  });
  return { preview, commit };
}
