import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
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

export interface SpawnedServer {
  url: string;
  child: ChildProcess;
  /** Whether the server has printed `text` (on its standard output) so far. */
  printed: (text: string) => boolean;
  /** SIGTERM (or the signal given), then waits for the process to exit. */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

/**
 * The real server (server/main.ts) as its own process on loopback, for load and crash tests:
 * resolves once GET /api/metrics answers, started with `nodeArgs` (the heap's), from the checkout `cwd` (this one when
 * absent). Its own process group, so a stop reaches tsx's child too.
 */
export async function spawnServer(
  env: Record<string, string>,
  timeoutMs = 30_000,
  nodeArgs: readonly string[] = [],
  cwd?: string,
): Promise<SpawnedServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'server/main.ts'], {
    cwd,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-4000);
  });
  // What it prints, a line at a time, kept while short (a start message and a summary thread's, not a log).
  const lines = new Set<string>();
  child.stdout?.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (lines.size < 200) lines.add(line);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the server exited before answering:\n${errors}`);
    try {
      if ((await fetch(`${url}/api/metrics`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      process.kill(-(child.pid ?? 0), 'SIGKILL');
      throw new Error(`the server did not answer within ${timeoutMs} ms:\n${errors}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    child,
    printed: (text) => [...lines].some((line) => line.includes(text)),
    stop: async (signal: NodeJS.Signals = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) process.kill(-(child.pid ?? 0), signal);
      await exited;
    },
  };
}
