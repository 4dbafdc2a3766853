import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DatasetSchema } from '../src/contract/dataset-schema';
import { formatIssue, formatIssues } from '../src/contract/issue-schema';
import { issuesFromZod } from '../src/contract/issues-from-zod';
import { buildDefaultDataset } from '../src/contract/research/build-default-dataset';

const NOTES_PATH = new URL('../data/research/reported-claims.json', import.meta.url);
const OUT_PATH = new URL('../data/default-dataset.json', import.meta.url);

/**
 * The default dataset as the exact text to write (2-space JSON, trailing newline; the same notes
 * always give the same bytes), or null with the problems when any note is rejected or the result
 * does not match the contract.
 */
export function renderDataset(notes: unknown): { text: string | null; summary: string; problems: string[] } {
  const { dataset, rejected } = buildDefaultDataset(notes);
  const problems = rejected.map((r) => `rejected note #${r.index} (${r.id ?? 'no id'}): ${formatIssues(r.issues)}`);
  const summary = `${dataset.claims.length} claims, ${dataset.metrics.length} metrics, ${dataset.events.length} events, ${rejected.length} rejected`;
  const checked = DatasetSchema.safeParse(dataset);
  if (!checked.success)
    problems.push(
      ...issuesFromZod(checked.error, dataset, { whole: '(root)' }).map((i) => `dataset ${formatIssue(i)}`),
    );
  return {
    text: problems.length === 0 && checked.success ? `${JSON.stringify(checked.data, null, 2)}\n` : null,
    summary,
    problems,
  };
}

/** npm run data:build: regenerates data/default-dataset.json; writes nothing and exits 1 on any problem. */
function main(): void {
  const { text, summary, problems } = renderDataset(JSON.parse(readFileSync(NOTES_PATH, 'utf8')));
  for (const problem of problems) console.error(problem);
  if (text === null) {
    console.error(`${summary}; data/default-dataset.json was not written`);
    process.exit(1);
  }
  writeFileSync(OUT_PATH, text);
  console.log(summary);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
