// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ClaimSchema, type Claim } from '../src/contract/claim-schema';
import { spawnServer } from './testing/spawn-server';
import { server as mockApi } from '../mocks/node';

const TOKEN = 'crash-test-analyst-token-000001';
const WRITERS = 6;
const env = (dataDir: string) => ({
  CLAIMWATCH_DATA_DIR: dataDir,
  CLAIMWATCH_TOKENS: `crash:analyst:${TOKEN}`,
  // Writers as fast as the server answers, from one address: not what the rate limit is tested by.
  CLAIMWATCH_WRITES_PER_MINUTE: '0',
});
const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };

/**
 * SIGKILL during a write load: every write the server acknowledged (2xx) must be there after a
 * restart, and the database must pass SQLite's integrity check. The server commits each write in
 * a transaction before it answers (WAL, synchronous=FULL), so an acknowledged write is on disk;
 * a process kill cannot lose it (only a power cut could lose what the OS had not yet flushed,
 * which synchronous=FULL also covers).
 */
describe('crash durability', { timeout: 60_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'claimwatch-crash-'));
  // The test setup starts the mock API, which would answer every /api request in this process:
  // this test must talk to the real server it spawns.
  beforeAll(() => mockApi.close());
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps every acknowledged write through a SIGKILL under load', async () => {
    const first = await spawnServer(env(dataDir));
    const template: Claim = ClaimSchema.parse(await (await fetch(`${first.url}/api/claims/C040`)).json());
    const { verification, ...rest } = template;
    const created: string[] = [];
    const stateChanges: { id: string; rationale: string }[] = [];
    // Creations sent but never answered (the kill cut them off): the only ones that may be stored unacknowledged.
    const unanswered: string[] = [];
    let stop = false;

    const writer = async (worker: number) => {
      for (let i = 0; !stop; i += 1) {
        const id = `CRASH-${worker}-${i}`;
        try {
          const input = {
            ...rest,
            id,
            relatedClaimIds: [],
            contradictingClaimIds: [],
            verification: { state: verification.state, note: null, contestedBy: [], laterDevelopments: null },
            rationale: `Crash test write ${id}`,
          };
          const res = await fetch(`${first.url}/api/claims`, {
            method: 'POST',
            headers: auth,
            body: JSON.stringify(input),
          }).catch((error: unknown) => {
            unanswered.push(id);
            throw error;
          });
          if (res.status === 201) created.push(id);
          const rationale = `Crash test state change ${id}`;
          const change = await fetch(`${first.url}/api/claims/${id}/verification`, {
            method: 'POST',
            headers: auth,
            body: JSON.stringify({ to: 'corroborated', rationale }),
          });
          if (change.ok) stateChanges.push({ id, rationale });
        } catch {
          // the server was killed mid-request: this write was never acknowledged
        }
      }
    };
    const load = Promise.all(Array.from({ length: WRITERS }, (_, worker) => writer(worker)));
    while (created.length < 60) await new Promise((r) => setTimeout(r, 20));
    await first.stop('SIGKILL');
    stop = true;
    await expect(fetch(`${first.url}/api/metrics`), 'the killed server no longer answers').rejects.toThrow();
    await load;
    // A creation is followed by its state change: all but the writes in flight at the kill got both acknowledged.
    expect(stateChanges.length, 'state changes acknowledged').toBeGreaterThanOrEqual(created.length - WRITERS);

    const second = await spawnServer(env(dataDir));
    try {
      const present = new Map<string, Claim>();
      for (const id of created) {
        const res = await fetch(`${second.url}/api/claims/${id}`);
        if (res.ok) present.set(id, ClaimSchema.parse(await res.json()));
      }
      const missing = created.filter((id) => !present.has(id));
      expect(missing, `acknowledged but missing after the restart: ${missing.join(', ')}`).toEqual([]);
      for (const { id, rationale } of stateChanges) {
        expect(present.get(id)?.verification.history.map((h) => h.rationale)).toContain(rationale);
      }
    } finally {
      await second.stop();
    }
    const db = new Database(join(dataDir, 'claimwatch.sqlite'), { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      // A creation answered with anything but 201 was not stored; one the kill left unanswered may have been.
      const stored = db.prepare("SELECT id FROM claims WHERE id LIKE 'CRASH-%'").pluck().all() as string[];
      const unexplained = stored.filter((id) => !created.includes(id) && !unanswered.includes(id));
      expect(unexplained, 'stored although the server answered that it was not').toEqual([]);
    } finally {
      db.close();
    }
  });
});
