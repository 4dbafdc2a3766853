// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SessionSchema } from '../src/contract/responses';
import { loadConfig } from './config';
import { hashToken } from './auth/tokens';
import { startServer } from './start-server';
import { server as mockApi } from '../mocks/node';

/** Starts the real server (as npm start does, on port 0) on `dataDir`; returns what it printed and where it listens. */
async function start(dataDir: string, env: Record<string, string> = {}) {
  const printed: string[] = [];
  const config = loadConfig({
    HOST: '127.0.0.1',
    PORT: '0',
    CLAIMWATCH_DATA_DIR: dataDir,
    CLAIMWATCH_STATIC_DIR: dataDir,
    ...env,
  });
  const running = await startServer(config, (text) => printed.push(text));
  return { ...running, output: printed.join('\n') };
}

const tokensIn = (dataDir: string) => {
  const db = new Database(join(dataDir, 'claimwatch.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT name, role, token_hash AS hash FROM api_tokens').all() as {
      name: string;
      role: string;
      hash: string;
    }[];
  } finally {
    db.close();
  }
};

const session = async (origin: string, token: string) =>
  SessionSchema.parse(
    await (await fetch(`${origin}/api/session`, { headers: { authorization: `Bearer ${token}` } })).json(),
  );

describe('the first start', { timeout: 30_000 }, () => {
  const dirs: string[] = [];
  const freshDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimwatch-first-'));
    dirs.push(dir);
    return dir;
  };
  // The test setup's mock API answers every fetch in this process: these tests talk to the real server.
  beforeAll(() => mockApi.close());
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('makes exactly one analyst token and prints a sign-in link with it once; a second start makes none and prints no secret', async () => {
    const dataDir = freshDir();
    const first = await start(dataDir);
    const links = [...first.output.matchAll(/(http:\/\/\S+)\/#token=(\S+)/g)];
    expect(links, first.output).toHaveLength(1);
    const [, origin, token = ''] = links[0] ?? [];
    expect(origin).toBe(first.origin);
    expect(await session(first.origin, decodeURIComponent(token))).toEqual({
      writes: true,
      user: { name: 'local analyst', role: 'analyst' },
    });
    await first.close();
    expect(tokensIn(dataDir)).toEqual([{ name: 'local analyst', role: 'analyst', hash: hashToken(token) }]);

    const second = await start(dataDir);
    await second.close();
    expect(second.output).toContain(`Claimwatch is running at ${second.origin}/`);
    expect(second.output).toContain('npm run token');
    expect(second.output).not.toContain(token);
    expect(second.output).not.toMatch(/token=|cw_/);
    expect(tokensIn(dataDir)).toHaveLength(1);
  });

  it('makes no token in a start that cannot listen: the next start still prints the sign-in link', async () => {
    const dataDir = freshDir();
    const taken = await start(freshDir());
    const port = new URL(taken.origin).port;
    await expect(start(dataDir, { PORT: port })).rejects.toThrow(/EADDRINUSE/);
    await taken.close();
    expect(tokensIn(dataDir)).toEqual([]);
    const next = await start(dataDir);
    await next.close();
    expect(next.output).toMatch(/\/#token=cw_/);
    expect(tokensIn(dataDir)).toHaveLength(1);
  });

  it('makes no token when CLAIMWATCH_TOKENS already gives one', async () => {
    const dataDir = freshDir();
    const running = await start(dataDir, { CLAIMWATCH_TOKENS: 'me:analyst:my-own-long-secret-0001' });
    await running.close();
    expect(running.output).not.toMatch(/token=|cw_/);
    expect(tokensIn(dataDir).map((t) => t.name)).toEqual(['me']);
  });
});
