import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiUpload } from '@/api/api-client';
import { ImportReportSchema, type ImportReport } from '@/contract/write-schemas';
import { claimQueries } from '@/api/queries/claim-queries';
import { metricQueries, sourceQueries } from '@/api/queries/reference-queries';

export interface ImportFile {
  name: string;
  text: string;
}

/** How an import treats what it meets: invalid rows, existing ids that differ, figures above a ceiling. */
export interface ImportChoices {
  mode: ImportReport['mode'];
  overwrite: boolean;
  acceptAboveCeiling: boolean;
}

const contentTypeOf = (name: string) => (/\.csv$/i.test(name) ? 'text/csv' : 'application/json');

/** Dry run and commit of an import through POST /api/imports; a commit refreshes every claim view. */
export function useImport() {
  const queryClient = useQueryClient();
  const run = (file: ImportFile, choices: ImportChoices, dryRun: boolean) =>
    apiUpload(
      '/imports',
      ImportReportSchema,
      file.text,
      contentTypeOf(file.name),
      new URLSearchParams({
        mode: choices.mode,
        dryRun: String(dryRun),
        overwrite: String(choices.overwrite),
        acceptAboveCeiling: String(choices.acceptAboveCeiling),
      }),
    );
  const preview = useMutation({
    mutationFn: ({ file, choices }: { file: ImportFile; choices: ImportChoices }) => run(file, choices, true),
  });
  const commit = useMutation({
    mutationFn: ({ file, choices }: { file: ImportFile; choices: ImportChoices }) => run(file, choices, false),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: claimQueries.all() });
      void queryClient.invalidateQueries({ queryKey: metricQueries.list().queryKey });
      void queryClient.invalidateQueries({ queryKey: sourceQueries.list().queryKey });
    },
  });
  return { preview, commit };
}
