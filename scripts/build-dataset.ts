import { readFileSync, writeFileSync } from 'node:fs';
import { DatasetSchema } from '../src/api/dataset-schema';
import { buildDefaultDataset } from '../src/api/research/build-default-dataset';

/** Regenerates data/default-dataset.json from the research notes; fails if any note is rejected. */
const notes: unknown = JSON.parse(readFileSync(new URL('../data/research/reported-claims.json', import.meta.url), 'utf8'));
const { dataset, rejected } = buildDefaultDataset(notes);
for (const r of rejected) console.error(`rejected note #${r.index} (${r.id ?? 'no id'}): ${r.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
const checked = DatasetSchema.parse(dataset);
writeFileSync(new URL('../data/default-dataset.json', import.meta.url), `${JSON.stringify(checked, null, 2)}\n`);
console.log(`${checked.claims.length} claims, ${checked.metrics.length} metrics, ${checked.events.length} events, ${rejected.length} rejected`);
if (rejected.length > 0) process.exit(1);
