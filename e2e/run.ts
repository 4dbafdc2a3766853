import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../server/testing/spawn-server';

/**
 * The e2e runner (`npm run test:e2e`; `-- --no-build` reuses the last build; `-- <name>...` runs only
 * the spec files whose names contain one of the names).
 *
 * 1. Builds the app once with the mock API (msw in the page, as the static demo ships) into
 *    dist-e2e, and once for the real API into dist-e2e-api.
 * 2. Serves the first with `vite preview` and the second with the project's server on a fresh
 *    SQLite folder, each on a free port, and waits until both answer.
 * 3. Runs every e2e/*.spec.ts with node:test (spec reporter) in Debian's Chromium, with
 *    BASE_URL / REAL_BASE_URL in the environment.
 * 4. Always stops both servers by process group (also on Ctrl-C) and removes the SQLite folder.
 * 5. Ends with one line `e2e: N passed, M failed` and a non-zero exit code on any failure.
 *
 * E2E_OUT_DIR / E2E_API_OUT_DIR change the build folders (e.g. to run beside another e2e run).
 * E2E_CONCURRENCY sets how many spec files run at once (default 2: one per core here; each file
 * has its own browser and the specs share no state, except real-api.spec.ts which alone writes).
 */
const outDir = process.env.E2E_OUT_DIR ?? 'dist-e2e';
/** The same app built for the real API (no msw), served by the project's own server. */
const apiOutDir = process.env.E2E_API_OUT_DIR ?? 'dist-e2e-api';
const E2E_TOKEN = 'e2e-analyst-token-0123456789';
const SERVER_START_MS = 30_000;
/** A hung test run is stopped after this long (the whole run takes about 3 to 6 minutes on two cores). */
const TEST_RUN_LIMIT_MS = 12 * 60_000;

const startedAt = Date.now();
const seconds = () => `${((Date.now() - startedAt) / 1000).toFixed(1)} s`;

const running = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

/** Resolves once `url` answers 2xx; rejects when the child serving it exits or the time is up. */
async function waitFor(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!running(child))
      throw new Error(`the server for ${url} exited (code ${child.exitCode ?? child.signalCode}) before answering`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** Starts a command in its own process group, so stopping the group also stops npx's children. */
function start(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true, env });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-4000);
  });
  child.on('exit', (code, signal) => {
    if (code !== 0 && code !== null && !stopping)
      console.error(`[e2e] ${command} ${args.join(' ')} exited with ${code ?? signal}:\n${errors}`);
  });
  return child;
}

let stopping = false;
/** The servers, stopped at the end. */
const children: ChildProcess[] = [];
/** The node:test process, stopped only when the runner itself is interrupted. */
let testRun: ChildProcess | null = null;

/** Signals a child's whole process group (by PID). */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined || !running(child)) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** SIGTERM to each server's process group, then SIGKILL to whatever is still there after 3 s. */
async function stopAll(): Promise<void> {
  stopping = true;
  for (const child of children) signalGroup(child, 'SIGTERM');
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (!running(child)) return resolve();
          const timer = setTimeout(() => {
            signalGroup(child, 'SIGKILL');
            resolve();
          }, 3000);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
        }),
    ),
  );
}

const dataDir = mkdtempSync(join(tmpdir(), 'claimwatch-e2e-'));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`[e2e] ${signal}: stopping the servers`);
    stopping = true;
    for (const child of [...children, ...(testRun ? [testRun] : [])]) signalGroup(child, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    console.log('e2e: 0 passed, 1 failed');
    process.exit(130);
  });
}

function build(dir: string, env: NodeJS.ProcessEnv) {
  const result = spawnSync('npx', ['vite', 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'error'], {
    stdio: 'inherit',
    env,
  });
  if (result.status !== 0)
    throw new Error(`vite build --outDir ${dir} failed (exit ${result.status ?? result.signal})`);
}

/** Runs the specs with node:test and counts tests from the spec reporter's summary. */
function runSpecs(specs: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; pass: number; fail: number }> {
  return new Promise((resolve) => {
    // Its own process group too, so a signal to the runner can stop it with every spec process under it.
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--test',
        `--test-concurrency=${process.env.E2E_CONCURRENCY ?? '2'}`,
        '--test-reporter=spec',
        ...specs,
      ],
      {
        env,
        stdio: ['ignore', 'pipe', 'inherit'],
        detached: true,
      },
    );
    testRun = child;
    const limit = setTimeout(() => {
      console.error(`[e2e] the tests ran longer than ${TEST_RUN_LIMIT_MS / 1000} s: stopping them`);
      signalGroup(child, 'SIGKILL');
    }, TEST_RUN_LIMIT_MS);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
    child.on('close', (code) => {
      clearTimeout(limit);
      // eslint-disable-next-line no-control-regex
      const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
      const count = (label: string) => {
        const match = new RegExp(`^ℹ ${label} (\\d+)$`, 'm').exec(plain);
        return match ? Number(match[1]) : null;
      };
      const pass = count('pass');
      const fail = count('fail');
      if (pass === null || fail === null) {
        console.error('[e2e] the test run printed no summary (crashed or was stopped)');
        return resolve({ code: code ?? 1, pass: pass ?? 0, fail: Math.max(fail ?? 0, 1) });
      }
      resolve({ code: code ?? 1, pass, fail: fail + (count('cancelled') ?? 0) });
    });
  });
}

let exitCode: number;
let counts = { pass: 0, fail: 0 };
try {
  if (!process.argv.includes('--no-build')) {
    build(outDir, process.env);
    build(apiOutDir, { ...process.env, VITE_API_MOCKING: 'disabled' });
    console.log(`[e2e] built ${outDir} and ${apiOutDir} in ${seconds()}`);
  }
  for (const dir of [outDir, apiOutDir])
    if (!existsSync(join(dir, 'index.html')))
      throw new Error(`${dir}/index.html is missing: build first (run without --no-build)`);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const preview = start('npx', [
    'vite',
    'preview',
    '--outDir',
    outDir,
    '--port',
    String(port),
    '--strictPort',
    '--host',
    '127.0.0.1',
  ]);
  children.push(preview);
  const realPort = await freePort();
  const realBaseUrl = `http://127.0.0.1:${realPort}`;
  const real = start(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    ...process.env,
    PORT: String(realPort),
    HOST: '127.0.0.1',
    CLAIMWATCH_DATA_DIR: dataDir,
    CLAIMWATCH_STATIC_DIR: apiOutDir,
    CLAIMWATCH_TOKENS: `e2e:analyst:${E2E_TOKEN}`,
  });
  children.push(real);

  await waitFor(baseUrl, preview, SERVER_START_MS);
  // The mock build must ship its service worker, or every page would ask the preview server for /api and get index.html.
  const worker = await fetch(`${baseUrl}/mockServiceWorker.js`);
  if (!/javascript/.test(worker.headers.get('content-type') ?? ''))
    throw new Error(`${outDir} has no mockServiceWorker.js: was it built with VITE_API_MOCKING=disabled?`);
  // The real server is only needed by real-api.spec.ts: if it does not come up, that spec fails and says why; the rest still run.
  let realUp = true;
  await waitFor(`${realBaseUrl}/api/session`, real, SERVER_START_MS).catch((error: unknown) => {
    realUp = false;
    console.error(`[e2e] the real-API server did not start: ${error instanceof Error ? error.message : String(error)}`);
  });
  console.log(
    `[e2e] serving ${outDir} at ${baseUrl}${realUp ? ` and ${apiOutDir} with the real API at ${realBaseUrl}` : ''} (${seconds()})`,
  );

  // Node 20's --test takes no globs: list the spec files here.
  // Other arguments pick spec files by name: `npm run test:e2e -- --no-build keyboard charts`.
  const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const specs = readdirSync('e2e')
    .filter((f) => f.endsWith('.spec.ts') && (only.length === 0 || only.some((name) => f.includes(name))))
    .sort()
    .map((f) => `e2e/${f}`);
  if (specs.length === 0) throw new Error(`no e2e/*.spec.ts files${only.length ? ` match ${only.join(', ')}` : ''}`);
  const result = await runSpecs(specs, {
    ...process.env,
    BASE_URL: baseUrl,
    REAL_BASE_URL: realBaseUrl,
    REAL_TOKEN: E2E_TOKEN,
  });
  counts = { pass: result.pass, fail: result.fail };
  exitCode = result.code === 0 && counts.fail === 0 && counts.pass > 0 ? 0 : 1;
  if (exitCode !== 0 && counts.fail === 0) {
    console.error(
      `[e2e] the test run exited with code ${result.code} and ${counts.pass} passing tests: counted as a failure`,
    );
    counts.fail = 1;
  }
} catch (error) {
  console.error(`[e2e] ${error instanceof Error ? error.message : String(error)}`);
  counts.fail = Math.max(counts.fail, 1);
  exitCode = 1;
} finally {
  await stopAll();
  rmSync(dataDir, { recursive: true, force: true });
}
console.log(`[e2e] took ${seconds()}`);
console.log(`e2e: ${counts.pass} passed, ${counts.fail} failed`);
process.exit(exitCode);
