// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { openStore } from './db/open-store';
import { seedIfEmpty } from './db/seed-default';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from './config';

const opened: (() => Promise<void>)[] = [];
afterAll(async () => Promise.all(opened.map((close) => close())));

async function app(trustProxy: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'claimwatch-embed-'));
  const config = loadConfig({ CLAIMWATCH_DATA_DIR: dir });
  const store = await openStore(config);
  opened.push(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  await seedIfEmpty(store);
  return createApp(store, { ...config, CLAIMWATCH_TRUST_PROXY: trustProxy });
}

describe('GET /api/oembed behind a proxy', () => {
  const asked = encodeURIComponent('https://claimwatch.example/?chart=containers');

  it('takes the scheme the proxy received when it is trusted, so https addresses are its own', async () => {
    const response = await (
      await app(true)
    ).request(`http://claimwatch.example/api/oembed?url=${asked}`, {
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { html: string; provider_url: string };
    expect(body.provider_url).toBe('https://claimwatch.example/');
    expect(body.html).toContain('src="https://claimwatch.example/embed?chart=containers"');
  });

  it('ignores the header when no proxy is trusted: a client cannot choose the origin', async () => {
    const response = await (
      await app(false)
    ).request(`http://claimwatch.example/api/oembed?url=${asked}`, {
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(response.status).toBe(404);
  });
});
