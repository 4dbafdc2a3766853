import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';

/**
 * The e2e runner: builds the app twice (with the mock API, as the static demo ships; and for the
 * real API), serves the first with `vite preview` and the second with the project's server on a
 * fresh SQLite folder, each on a free port, runs every e2e/*.spec.ts with node:test in Debian's
 * Chromium, stops both servers by process group, and ends with "e2e: N passed, M failed".
 */
const outDir = 'dist-e2e';
/** The same app built for the real API (no msw), served by the project's own server. */
const apiOutDir = 'dist-e2e-api';
const E2E_TOKEN = 'e2e-analyst-token-0123456789';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

function stop(child: ChildProcess | null) {
  if (child?.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

let server: ChildProcess | null = null;
let realServer: ChildProcess | null = null;
const dataDir = mkdtempSync(join(tmpdir(), 'claimwatch-e2e-'));
let exitCode = 1;
let counts = { pass: 0, fail: 0 };
try {
  if (!process.argv.includes('--no-build')) {
    const build = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('vite build failed');
    const apiBuild = spawnSync('npx', ['vite', 'build', '--outDir', apiOutDir, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, VITE_API_MOCKING: 'disabled' } });
    if (apiBuild.status !== 0) throw new Error('vite build for the real API failed');
  }
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  server = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
  const realPort = await freePort();
  const realBaseUrl = `http://127.0.0.1:${realPort}`;
  realServer = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    stdio: 'ignore',
    detached: true,
    env: { ...process.env, PORT: String(realPort), HOST: '127.0.0.1', CLAIMWATCH_DATA_DIR: dataDir, CLAIMWATCH_STATIC_DIR: apiOutDir, CLAIMWATCH_TOKENS: `e2e:analyst:${E2E_TOKEN}` },
  });
  await waitFor(baseUrl, 30_000);
  await waitFor(`${realBaseUrl}/api/session`, 30_000);
  const specs = readdirSync('e2e').filter((f) => f.endsWith('.spec.ts')).sort().map((f) => `e2e/${f}`);
  const result = await new Promise<{ code: number; output: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...specs], { env: { ...process.env, BASE_URL: baseUrl, REAL_BASE_URL: realBaseUrl, REAL_TOKEN: E2E_TOKEN }, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
  const number = (label: string) => Number(new RegExp(`^ℹ ${label} (\\d+)$`, 'm').exec(result.output)?.[1] ?? 0);
  counts = { pass: number('pass'), fail: number('fail') + number('cancelled') };
  exitCode = result.code === 0 && counts.fail === 0 && counts.pass > 0 ? 0 : 1;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  counts.fail = Math.max(counts.fail, 1);
} finally {
  stop(server);
  stop(realServer);
  rmSync(dataDir, { recursive: true, force: true });
}
console.log(`e2e: ${counts.pass} passed, ${counts.fail} failed`);
process.exit(exitCode);
