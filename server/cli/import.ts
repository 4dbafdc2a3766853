import { readFileSync } from 'node:fs';
import { loadConfig } from '../config';
import { openDatabase } from '../db/open-database';
import { createSqliteClaimStore } from '../store/sqlite-claim-store';
import { seedIfEmpty } from '../db/seed-default';
import { detectFormat, runImport } from '../import/run-import';

/**
 * npm run import -- <file.csv|file.json> [--per-row] [--dry-run]
 * Imports into the server's database (CLAIMWATCH_DATA_DIR) with the same validation as POST /api/imports.
 */
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('Usage: npm run import -- <file.csv|file.json> [--per-row] [--dry-run]');
  process.exit(2);
}
const body = readFileSync(file, 'utf8');
const store = createSqliteClaimStore(openDatabase(loadConfig().CLAIMWATCH_DATA_DIR));
seedIfEmpty(store);
const report = runImport(store, detectFormat(file.endsWith('.csv') ? 'text/csv' : 'application/json', body), body, {
  mode: args.includes('--per-row') ? 'per-row' : 'all-or-nothing',
  dryRun: args.includes('--dry-run'),
  by: `cli:${process.env.USER ?? 'unknown'}`,
});
store.close();
for (const row of report.rows.filter((r) => r.status === 'rejected')) {
  console.log(`row ${row.row} (${row.id ?? 'no id'}): ${row.issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`);
}
console.log(`${report.format}, ${report.mode}${report.dryRun ? ', dry run' : ''}: ${report.counts.created} created, ${report.counts.updated} updated, ${report.counts.unchanged} unchanged, ${report.counts.rejected} rejected; ${report.committed ? 'committed' : 'nothing written'}`);
process.exit(report.counts.rejected > 0 && !report.committed ? 1 : 0);
