import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatasetSchema } from '../../src/contract/dataset-schema';
import { syntheticDataset } from '../../mocks/synthetic-claims';
import { openStore } from '../../server/db/open-store';
import { freePort, spawnServer } from '../../server/testing/spawn-server';
import { formatSection, type BenchSection } from './bench-section';
import { LOAD_COLUMNS, loadCells, loadRun, type LoadRow } from './load-run';

const base = DatasetSchema.parse(JSON.parse(readFileSync('data/default-dataset.json', 'utf8')));

/** Stores `count` SYNTHETIC claims in a fresh SQLite folder, as the server would hold them. */
async function seed(count: number): Promise<{ dataDir: string; seconds: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), `claimwatch-read-${count}-`));
  const started = performance.now();
  const store = await openStore({ CLAIMWATCH_DATA_DIR: dataDir });
  await store.seed(syntheticDataset(base, count));
  await store.close();
  return { dataDir, seconds: (performance.now() - started) / 1000 };
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${url} did not answer`);
}

/**
 * Requests/s and p99 of `GET /api/claims` from the real server with 100 and 100,000 SYNTHETIC
 * claims stored, against a plain file server streaming the very same JSON body: the floor.
 */
export async function benchServerRead(sizes = [100, 100_000], seconds = 8): Promise<BenchSection> {
  const rows: LoadRow[] = [];
  const notes: string[] = [];
  for (const count of sizes) {
    const { dataDir, seconds: seedSeconds } = await seed(count);
    const server = await spawnServer({ CLAIMWATCH_DATA_DIR: dataDir, CLAIMWATCH_READS_PER_MINUTE: '0' });
    const bodyFile = join(dataDir, 'claims.json');
    try {
      const started = performance.now();
      const body = await (await fetch(`${server.url}/api/claims`)).text();
      const firstMs = performance.now() - started;
      writeFileSync(bodyFile, body);
      notes.push(
        `${count.toLocaleString('en-GB')} claims: stored in ${seedSeconds.toFixed(1)} s; the answer is ${(body.length / 1e6).toFixed(1)} MB; the first request took ${Math.round(firstMs)} ms.`,
      );
      rows.push(
        await loadRun(`real server, ${count.toLocaleString('en-GB')} claims`, {
          url: `${server.url}/api/claims`,
          connections: 4,
          duration: seconds,
        }),
      );
    } finally {
      await server.stop();
    }
    const port = await freePort();
    const fileServer = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/bench/json-file-server.ts', bodyFile, String(port)],
      { stdio: 'ignore' },
    );
    try {
      await waitFor(`http://127.0.0.1:${port}/`);
      rows.push(
        await loadRun(`plain JSON file server, same body`, {
          url: `http://127.0.0.1:${port}/api/claims`,
          connections: 4,
          duration: seconds,
        }),
      );
    } finally {
      fileServer.kill();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return {
    title: 'GET /api/claims: the real server against a plain JSON file server',
    columns: LOAD_COLUMNS,
    rows: rows.map(loadCells),
    notes: [
      ...notes,
      `autocannon, 4 connections, ${seconds} s per run, loopback; SYNTHETIC claims (seeded generator), not real reporting.`,
    ],
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(formatSection(await benchServerRead()));
}
