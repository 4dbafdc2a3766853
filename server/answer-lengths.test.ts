// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { loadConfig } from './config';
import { startServer, type RunningServer } from './start-server';
import { server as mockApi } from '../mocks/node';

/** One answer as the socket carried it: no client in between to inflate it or to count its length. */
interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  bytes: Buffer;
}

const asked = (url: string, headers: Record<string, string>, method = 'GET') =>
  new Promise<RawAnswer>((resolve, reject) => {
    const sent = request(url, { method, headers }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () =>
        resolve({ status: answer.statusCode ?? 0, headers: answer.headers, bytes: Buffer.concat(chunks) }),
      );
      answer.on('error', reject);
    });
    sent.on('error', reject);
    sent.end();
  });

/** The answer's text: inflated when it came gzipped. */
const textOf = (answer: RawAnswer) =>
  (answer.headers['content-encoding'] === 'gzip' ? gunzipSync(answer.bytes) : answer.bytes).toString('utf8');

describe('every answer of the server says its length', { timeout: 30_000 }, () => {
  let dataDir = '';
  let running: RunningServer;
  let claimId = '';
  // The test setup's mock API answers every fetch in this process: these requests go to the real server.
  beforeAll(async () => {
    mockApi.close();
    dataDir = mkdtempSync(join(tmpdir(), 'claimwatch-lengths-'));
    const config = loadConfig({ HOST: '127.0.0.1', PORT: '0', CLAIMWATCH_DATA_DIR: dataDir });
    running = await startServer(config, () => undefined);
    const page = JSON.parse(textOf(await asked(`${running.origin}/api/claims?limit=1`, {}))) as {
      claims: { id: string }[];
    };
    claimId = page.claims[0]?.id ?? '';
  });
  afterAll(() => {
    running.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  // Short answers, long ones, errors of the API and of the server around it; GET and a write.
  const paths = () => [
    ['GET', '/api/no-such-endpoint'],
    ['GET', '/api/metrics'],
    ['GET', '/api/events'],
    ['GET', '/api/session'],
    ['GET', `/api/claims/${encodeURIComponent(claimId)}`],
    ['GET', '/api/claims/no-such-claim'],
    ['GET', '/api/openapi.json'],
    ['GET', '/api/claims?limit=3'],
    ['GET', '/api/claims?state=not-a-state'],
    ['POST', '/api/claims'],
    ['GET', '/not-the-api'],
  ];

  it.each(['gzip, deflate, br', 'identity'])(
    'with Accept-Encoding %s: gzipped only from 1 KB and when accepted, never streamed without a length',
    async (acceptEncoding) => {
      const seen: string[] = [];
      for (const [method = 'GET', path = ''] of paths()) {
        const answer = await asked(`${running.origin}${path}`, { 'accept-encoding': acceptEncoding }, method);
        const text = textOf(answer);
        const encoding = answer.headers['content-encoding'] ?? 'none';
        seen.push(`${method} ${path} ${answer.status} ${encoding}`);
        expect(answer.headers['content-length'], `${method} ${path}`).toBe(String(answer.bytes.length));
        expect(answer.headers['transfer-encoding'], `${method} ${path}`).toBeUndefined();
        const worthIt = Buffer.byteLength(text) >= 1024 && acceptEncoding.includes('gzip');
        expect(encoding, `${method} ${path}: ${Buffer.byteLength(text)} bytes`).toBe(worthIt ? 'gzip' : 'none');
        if (path.startsWith('/api/')) expect(() => JSON.parse(text) as unknown, `${method} ${path}`).not.toThrow();
      }
      // The list covers both kinds of answer, so neither check above is vacuous.
      expect(seen.some((line) => line.endsWith(' none'))).toBe(true);
      if (acceptEncoding.includes('gzip')) expect(seen.some((line) => line.endsWith(' gzip'))).toBe(true);
    },
  );
});
