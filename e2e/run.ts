import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createServer } from 'node:net';

/**
 * The e2e runner: builds the app (with the mock API, as the static demo ships), serves it with
 * `vite preview` on a free port, runs every e2e/*.spec.ts with node:test in Debian's Chromium,
 * stops the server by its process group, and ends with "e2e: N passed, M failed".
 */
const outDir = 'dist-e2e';

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
let exitCode = 1;
let counts = { pass: 0, fail: 0 };
try {
  if (!process.argv.includes('--no-build')) {
    const build = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('vite build failed');
  }
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  server = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
  await waitFor(baseUrl, 30_000);
  const specs = readdirSync('e2e').filter((f) => f.endsWith('.spec.ts')).sort().map((f) => `e2e/${f}`);
  const result = await new Promise<{ code: number; output: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...specs], { env: { ...process.env, BASE_URL: baseUrl }, stdio: ['ignore', 'pipe', 'inherit'] });
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
}
console.log(`e2e: ${counts.pass} passed, ${counts.fail} failed`);
process.exit(exitCode);
