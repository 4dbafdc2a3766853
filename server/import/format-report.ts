import { formatIssue } from '../../src/contract/issue-schema';
import type { ImportReport, ImportRowResult } from '../../src/contract/write-schemas';

const STATUS_WORDS: Record<ImportRowResult['status'], string> = {
  created: 'created',
  updated: 'updated',
  unchanged: 'unchanged',
  refused: 'refused',
  would_create: 'would create',
  would_update: 'would update',
};

const where = (row: ImportRowResult) =>
  `row ${row.row}${row.line !== null ? ` (line ${row.line})` : ''} ${row.id ?? '(no id)'}`;

/** The import report as plain text for the CLI: refused rows with every reason, warned rows with every warning, then the counts. */
export function formatImportReport(report: ImportReport): string {
  const lines: string[] = [];
  for (const row of report.rows) {
    if (row.issues.length === 0 && row.warnings.length === 0) continue;
    lines.push(`${where(row)}: ${STATUS_WORDS[row.status]}`);
    for (const i of row.issues) lines.push(`  error   ${formatIssue(i)} [${i.code}]`);
    for (const w of row.warnings) lines.push(`  warning ${formatIssue(w)} [${w.code}]`);
    for (const d of row.diff)
      lines.push(`  differs ${d.field}: stored ${JSON.stringify(d.existing)}, file ${JSON.stringify(d.incoming)}`);
  }
  const c = report.counts;
  const tally = report.committed
    ? `${c.created} created, ${c.updated} updated`
    : `${c.would_create} would be created, ${c.would_update} would be updated`;
  const how = [report.format, report.mode, report.dryRun ? 'dry run' : null, report.overwrite ? 'overwrite' : null]
    .filter(Boolean)
    .join(', ');
  lines.push(
    `${how}: ${tally}, ${c.unchanged} unchanged, ${c.refused} refused, ${c.warned} with warnings; ${report.committed ? 'committed' : 'nothing written'}`,
  );
  return lines.join('\n');
}
