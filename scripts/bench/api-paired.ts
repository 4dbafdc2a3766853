import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../../server/testing/spawn-server';
import { seeded, serverNodeArgs } from './api-scale';
import { dashboardFilters, editOf, SETTLING_SUMMARIES, untilSummaryThreadReady } from './api-timed-run';
import { formatSection } from './bench-section';

/*
 * The API at scale, two versions of the server side by side (issue 15): `node --import tsx scripts/bench/api-paired.ts
 * <git revision> [claims] [--rounds=N] [--seeded=<dir>] [--revision-args=<node arguments, comma-separated>]
 * [--keep-logs=<dir>]` compares this checkout with the revision given, on SQLite, with SYNTHETIC claims, and copies
 * each server's output (its `--trace-gc` among it) into the directory given, to read where a slow read came from.
 * This machine is shared: the same read has taken 104 s in one run and 213 s in the next. So both servers run at once
 * and each read is asked of one and then of the other, in turns, under the same noise; the full collections each ran
 * during the reads are counted from its `--trace-gc`.
 */

const TOKEN = 'api-paired-analyst-token-001';
const STATES = ['single_source', 'corroborated', 'unverified', 'disputed_denied'] as const;

interface Side {
  label: string;
  url: string;
  child: ChildProcess;
  gcLog: string;
}

async function startServer(label: string, codeDir: string, dataDir: string, nodeArgs: string[], work: string) {
  const port = await freePort();
  const gcLog = join(work, `${label}.gc.log`);
  const child = spawn(process.execPath, [...nodeArgs, '--trace-gc', '--import', 'tsx', 'server/main.ts'], {
    cwd: codeDir,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      CLAIMWATCH_DATA_DIR: dataDir,
      CLAIMWATCH_TOKENS: `paired:analyst:${TOKEN}`,
      CLAIMWATCH_READS_PER_MINUTE: '0',
      CLAIMWATCH_WRITES_PER_MINUTE: '0',
    },
    stdio: ['ignore', openSync(gcLog, 'w'), 'inherit'],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  for (
    let tries = 0;
    !(await fetch(`${url}/api/metrics`).then(
      (r) => r.ok,
      () => false,
    ));
    tries += 1
  ) {
    if (child.exitCode !== null || tries > 600) throw new Error(`the ${label} server did not start`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { label, url, child, gcLog };
}

/** Full collections in a server's trace so far. */
const fullCollections = (side: Side) =>
  readFileSync(side.gcLog, 'utf8')
    .split('\n')
    .filter((line) => line.includes('Mark-Compact')).length;

/** How long `path` took to answer whole; asked again while the server holds its connection (deriving its view). */
async function timed(side: Side, path: string, init?: RequestInit): Promise<number> {
  const started = performance.now();
  for (;;) {
    const answer = await fetch(`${side.url}${path}`, init).catch(() => null);
    if (answer) {
      await answer.arrayBuffer();
      if (!answer.ok) throw new Error(`${side.label}: HTTP ${answer.status} for ${path}`);
      return performance.now() - started;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)] ?? NaN;

const revision = process.argv[2];
if (!revision || revision.startsWith('--'))
  throw new Error(
    'usage: scripts/bench/api-paired.ts <git revision> [claims] [--rounds=N] [--writes=N] [--edits=N] [--seeded=<data dir>] [--revision-args=a,b] [--keep-logs=<dir>]',
  );
const count = Number(process.argv.slice(3).find((a) => /^\d+$/.test(a)) ?? 100_000);
const rounds = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 30);
/** How many state changes each server is asked for (`--writes=N`), each of another claim. */
const writes = Number(process.argv.find((a) => a.startsWith('--writes='))?.slice(9) ?? 10);
/** How many edits (a new verification note) each server is asked for after them (`--edits=N`), each of another claim. */
const edits = Number(process.argv.find((a) => a.startsWith('--edits='))?.slice(8) ?? 5);
/** A data directory seeded before with `count` claims (by `seeded`), copied for each server: seeding 1,000,000 takes minutes. */
const given = process.argv.find((a) => a.startsWith('--seeded='))?.slice(9);
/** How this checkout's server is started, and the revision's: the same unless `--revision-args=a,b` (to compare heaps). */
const nodeArgs = serverNodeArgs(count);
const revisionArgs =
  process.argv
    .find((a) => a.startsWith('--revision-args='))
    ?.slice('--revision-args='.length)
    .split(',')
    .filter(Boolean) ?? nodeArgs;
/** Where to copy each server's output (with its `--trace-gc`) before the work directory goes. */
const keepLogs = process.argv.find((a) => a.startsWith('--keep-logs='))?.slice('--keep-logs='.length);
const here = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'claimwatch-paired-'));
const baseDir = join(work, 'code');
const sides: Side[] = [];
let seededDir: string | null = null;
try {
  execFileSync('git', ['worktree', 'add', '--detach', '-q', baseDir, revision]);
  symlinkSync(join(here, 'node_modules'), join(baseDir, 'node_modules'));
  let dataDir = join(work, 'data-this');
  if (given) cpSync(given, dataDir, { recursive: true });
  else {
    const fresh = await seeded('sqlite', count, null);
    seededDir = dataDir = fresh.dataDir;
    console.log(`seeded ${count.toLocaleString('en-GB')} SYNTHETIC claims in ${fresh.seedSeconds.toFixed(0)} s`);
  }
  cpSync(dataDir, join(work, 'data-base'), { recursive: true });
  sides.push(await startServer(revision, baseDir, join(work, 'data-base'), revisionArgs, work));
  sides.push(await startServer('this checkout', here, dataDir, nodeArgs, work));
  const firstReads: number[] = [];
  // One view derived at a time.
  for (const side of sides) firstReads.push(await timed(side, '/api/claims?limit=100'));
  // A server that starts a summary thread with its first view (CLAIMWATCH_SUMMARY_THREAD_FROM) reads the claims again
  // in it: the timed reads wait until it has, rather than share the machine with it.
  for (const side of sides) {
    const started = performance.now();
    if (await untilSummaryThreadReady((text) => readFileSync(side.gcLog, 'utf8').includes(text)))
      console.log(
        `${side.label}: its summary thread was ready ${((performance.now() - started) / 1000).toFixed(0)} s after its first read`,
      );
  }
  // On both servers alike, whether or not they have a thread.
  for (const side of sides) for (const path of SETTLING_SUMMARIES) await timed(side, path);
  const before = sides.map(fullCollections);
  const times = new Map<string, number[][]>();
  const record = (name: string, k: number, ms: number) => {
    const kept = times.get(name) ?? sides.map(() => []);
    times.set(name, kept);
    kept[k]?.push(ms);
  };
  /**
   * The sides with their places, the revision's first in even rounds and this checkout's in odd ones: the second
   * asked had the first's time to finish what its last request left (a write's view, brought up to date after its
   * answer), and so its read after a write was the faster whichever server it was (seventeenth pass).
   */
  const inTurn = (round: number) => (round % 2 === 0 ? [...sides.entries()] : [...sides.entries()].reverse());
  const both = async (round: number, name: string, path: string) => {
    for (const [k, side] of inTurn(round)) record(name, k, await timed(side, path));
  };
  for (let i = 0; i < rounds; i += 1) {
    await both(i, 'summary', `/api/claims/summary?q=${i}&samples=5`);
    await both(i, 'filters summary', `/api/claims/summary?${dashboardFilters(i)}&samples=5`);
    await both(i, 'limit=100', `/api/claims?limit=100&q=${i + 1000}`);
  }
  const ids = (
    (await (await fetch(`${sides[0]?.url}/api/claims?limit=${Math.max(writes, edits)}`)).json()) as {
      claims: { id: string }[];
    }
  ).claims;
  for (const [i, { id }] of ids.slice(0, writes).entries())
    // A write and the read after it, one server at a time: the other's write never comes between them.
    for (const [k, side] of inTurn(i)) {
      await timed(side, '/api/claims?limit=1');
      const write = await timed(side, `/api/claims/${encodeURIComponent(id)}/verification`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ to: STATES[i % STATES.length], rationale: `Paired benchmark write ${i}` }),
      });
      record('write', k, write);
      record('read after write', k, await timed(side, '/api/claims?limit=100'));
    }
  for (const [i, { id }] of ids.slice(0, edits).entries())
    for (const [k, side] of inTurn(i)) {
      const path = `/api/claims/${encodeURIComponent(id)}`;
      const claim = (await (await fetch(`${side.url}${path}`)).json()) as Record<string, unknown>;
      await timed(side, '/api/claims?limit=1');
      const edit = await timed(side, path, {
        method: 'PUT',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify(editOf(claim, `Paired benchmark edit ${i}`)),
      });
      record('edit', k, edit);
      record('read after edit', k, await timed(side, '/api/claims?limit=100'));
    }
  const collections = sides.map((side, k) => fullCollections(side) - (before[k] ?? 0));
  console.log(
    formatSection({
      title: `The API at scale, paired: ${revision} and this checkout (SQLite, ${count.toLocaleString('en-GB')} claims)`,
      columns: ['server', 'first read (ms)', ...[...times.keys()].flatMap((n) => [`${n} p50`, `${n} p99`]), 'full GCs'],
      rows: sides.map((side, k) => [
        side.label,
        Math.round(firstReads[k] ?? NaN),
        ...[...times.values()].flatMap((kept) => [50, 99].map((p) => Math.round(percentile(kept[k] ?? [], p)))),
        collections[k] ?? NaN,
      ]),
      notes: [
        `Each read asked of one server and then of the other (the revision's first in even rounds, this checkout's in odd ones), ${rounds} of each kind (as in \`api-scale.ts\`), then ${writes} state changes each on a settled server, each followed at once by the first read after it, one server at a time, then ${edits} edits of a verification note (of the first ${edits} of those claims) in the same way. Full GCs: the full collections each server ran from its first read's answer on. The revision's server reads the claims this checkout seeded, and validates their bodies again in its first read if its contract code differs (ADR 013). SYNTHETIC claims. This checkout's server: ${nodeArgs.join(' ') || 'the default heap'}; the revision's: ${revisionArgs.join(' ') || 'the default heap'}.`,
        `The largest of each kind (ms): ${sides
          .map(
            (side, k) =>
              `${side.label}: ${[...times.entries()].map(([name, kept]) => `${name} ${Math.round(Math.max(...(kept[k] ?? [])))}`).join(', ')}`,
          )
          .join('; ')}. A p99 of fewer than 100 reads is the largest of them.`,
      ],
    }),
  );
} finally {
  await Promise.all(
    sides.map(async ({ child }) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      process.kill(-(child.pid ?? 0), 'SIGTERM');
      await exited;
    }),
  );
  if (keepLogs) {
    mkdirSync(keepLogs, { recursive: true });
    for (const side of sides) copyFileSync(side.gcLog, join(keepLogs, `${side.label.replace(/\W+/g, '-')}.log`));
  }
  execFileSync('git', ['worktree', 'remove', '--force', baseDir]);
  for (const dir of [work, seededDir]) if (dir) rmSync(dir, { recursive: true, force: true });
}
