import { readFileSync } from 'node:fs';
import { loadConfig } from '../config';
import { openStore } from '../db/open-store';
import { seedIfEmpty } from '../db/seed-default';
import { runImport } from '../import/run-import';
import { formatImportReport } from '../import/format-report';

const USAGE =
  'Usage: npm run import -- <file.csv|file.json> [--per-row] [--dry-run] [--overwrite] [--accept-above-ceiling]';

/**
 * npm run import -- <file> [--per-row] [--dry-run] [--overwrite] [--accept-above-ceiling]
 * Imports into the server's database (CLAIMWATCH_DATABASE_URL, else CLAIMWATCH_DATA_DIR) with the same checks and report as POST /api/imports.
 */
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const unknown = args.filter(
  (a) => a.startsWith('--') && !['--per-row', '--dry-run', '--overwrite', '--accept-above-ceiling'].includes(a),
);
if (!file || unknown.length > 0) {
  console.error(unknown.length > 0 ? `Unknown option ${unknown.join(', ')}\n${USAGE}` : USAGE);
  process.exit(2);
}
const body = readFileSync(file, 'utf8');
const store = await openStore(loadConfig());
await seedIfEmpty(store);
const outcome = await runImport(store, file.endsWith('.csv') ? 'text/csv' : 'application/json', body, {
  mode: args.includes('--per-row') ? 'per-row' : 'all-or-nothing',
  dryRun: args.includes('--dry-run'),
  overwrite: args.includes('--overwrite'),
  acceptAboveCeiling: args.includes('--accept-above-ceiling'),
  by: `cli:${process.env.USER ?? 'unknown'}`,
});
await store.close();
if (!outcome.ok) {
  console.error(`${file}: ${outcome.issue.message} [${outcome.issue.code}]`);
  process.exit(1);
}
console.log(formatImportReport(outcome.report));
process.exit(outcome.report.counts.refused > 0 && !outcome.report.committed ? 1 : 0);
