import { execSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';
import { formatSection, type BenchSection } from './bench-section';
import { benchBundle } from './bundle';
import { benchLoad } from './load';
import { benchLighthouse } from './lighthouse';
import { benchScale } from './scale';
import { benchRepaint } from './scale-repaint';
import { benchServerLoad } from './server-load';
import { benchServerRead } from './server-read';
import { benchApiScale } from './api-scale';
import { benchDbSearch } from './db-search';
import { benchServerScale } from './server-scale';

/**
 * `npm run bench`: every benchmark, printed as tables. `--only=bundle,load,lighthouse,scale,repaint,server,api,search,server-scale`
 * picks parts; `--write` also writes docs/benchmarks.md. Timings are reported, never asserted:
 * this machine is shared and noisy. (The byte budget is checked in CI by npm run check:bundle.)
 */
const PARTS: Record<string, () => Promise<BenchSection[]>> = {
  bundle: benchBundle,
  load: async () => [await benchLoad()],
  lighthouse: async () => [await benchLighthouse()],
  scale: async () => [await benchScale()],
  repaint: async () => [await benchRepaint()],
  server: async () => [(await benchServerLoad()).section, await benchServerRead()],
  api: async () => [await benchApiScale()],
  search: async () => [await benchDbSearch()],
  'server-scale': async () => [await benchServerScale()],
};

const only =
  process.argv
    .find((a) => a.startsWith('--only='))
    ?.slice(7)
    .split(',') ?? Object.keys(PARTS);
const unknown = only.filter((p) => !(p in PARTS));
if (unknown.length) throw new Error(`unknown part(s): ${unknown.join(', ')}; known: ${Object.keys(PARTS).join(', ')}`);

const chromium = (() => {
  try {
    return execSync('/usr/bin/chromium --version', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'Chromium not found';
  }
})();
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${chromium}`;
const started = new Date();
console.log(
  `Claimwatch benchmarks, ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC\nMachine: ${machine}\n`,
);

const sections: BenchSection[] = [];
for (const part of only) {
  const partStarted = performance.now();
  for (const section of await PARTS[part]!()) {
    sections.push(section);
    console.log(formatSection(section));
  }
  console.log(`(${part}: ${((performance.now() - partStarted) / 1000).toFixed(0)} s)\n`);
}

if (process.argv.includes('--write')) {
  const doc = [
    '# Benchmarks',
    '',
    `Measured ${started.toISOString().slice(0, 10)} with \`npm run bench -- --write\` on ${machine}. The machine is shared and has 2 cores: read timings as orders of magnitude, and compare rows measured in the same run. Byte budgets are checked in CI (\`npm run check:bundle\`); timings are never asserted in tests.`,
    '',
    ...sections.map(formatSection),
  ].join('\n');
  writeFileSync('docs/benchmarks.md', doc);
  console.log('wrote docs/benchmarks.md');
}
