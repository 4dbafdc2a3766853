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

/** Every claim the server holds, page after page (as the list was served whole before it paged): one JSON body. */
async function wholeList(url: string): Promise<string> {
  const claims: unknown[] = [];
  let cursor: string | null = null;
  let total: number;
  do {
    const page = (await (
      await fetch(`${url}/api/claims?limit=1000${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
    ).json()) as { claims: unknown[]; total: number; nextCursor?: string | null };
    claims.push(...page.claims);
    total = page.total;
    cursor = page.nextCursor ?? null;
  } while (cursor);
  return JSON.stringify({ claims, total });
}

/**
 * The dashboard's first view against the peer (issue 15): requests/s of what the first view asks the real server
 * for (with more than 2,000 claims, the summary and the list's first page, for its count; with fewer, the whole list,
 * one page at 100) with 100 and 100,000 SYNTHETIC claims stored, against a plain file server streaming the list
 * that view would otherwise need (every claim, as one JSON body).
 */
export async function benchServerRead(sizes = [100, 100_000], seconds = 8): Promise<BenchSection> {
  const rows: LoadRow[] = [];
  const notes: string[] = [];
  const ratios: string[] = [];
  for (const count of sizes) {
    const { dataDir, seconds: seedSeconds } = await seed(count);
    const server = await spawnServer({ CLAIMWATCH_DATA_DIR: dataDir, CLAIMWATCH_READS_PER_MINUTE: '0' });
    const bodyFile = join(dataDir, 'claims.json');
    const n = count.toLocaleString('en-GB');
    // What the first view asks for: the list (one page here, or its first page for the count), and the summary
    // when the list is too long to load whole (LOAD_WHOLE_LIST_AT_MOST).
    const asked = count > 2000 ? ['/api/claims/summary', '/api/claims'] : ['/api/claims'];
    const served: LoadRow[] = [];
    try {
      const started = performance.now();
      const body = await wholeList(server.url);
      const firstMs = performance.now() - started;
      writeFileSync(bodyFile, body);
      notes.push(
        `${n} claims: stored in ${seedSeconds.toFixed(1)} s; the whole list is ${(body.length / 1e6).toFixed(1)} MB, read page by page in ${Math.round(firstMs)} ms after the start.`,
      );
      for (const path of asked)
        served.push(
          await loadRun(`real server, ${n} claims: ${path}`, {
            url: `${server.url}${path}`,
            connections: 4,
            duration: seconds,
          }),
        );
    } finally {
      await server.stop();
    }
    rows.push(...served);
    const port = await freePort();
    const fileServer = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/bench/json-file-server.ts', bodyFile, String(port)],
      { stdio: 'ignore' },
    );
    try {
      await waitFor(`http://127.0.0.1:${port}/`);
      const floor = await loadRun(`plain JSON file server, the whole list of ${n}`, {
        url: `http://127.0.0.1:${port}/api/claims`,
        connections: 4,
        duration: seconds,
      });
      rows.push(floor);
      // A first view needs every request it asks: its rate is one over the sum of each request's time.
      const views = 1 / served.reduce((sum, row) => sum + 1 / Math.max(row.rps, 1e-9), 0);
      ratios.push(
        `${n} claims: first views ${views.toFixed(1)}/s against ${floor.rps}/s from the file server: ${(views / Math.max(floor.rps, 1e-9)).toFixed(1)}× (budget ≥ 5×).`,
      );
    } finally {
      fileServer.kill();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return {
    title: "The dashboard's first view: the real server against a plain JSON file server serving the whole list",
    columns: LOAD_COLUMNS,
    rows: rows.map(loadCells),
    notes: [
      ...ratios,
      ...notes,
      `autocannon, 4 connections, ${seconds} s per run, loopback, each request of the first view on its own (the server answers a repeated request from its cache of serialised answers, as it does for readers of one shared link); SYNTHETIC claims (seeded generator), not real reporting.`,
    ],
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(formatSection(await benchServerRead()));
}
