// @vitest-environment node
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { issue } from '../src/contract/issue-schema';
import { ONE_ORIGIN_WARNING } from '../src/contract/origins/with-origins';
import { TOKENS, testServerPool } from './testing/test-server';
import { claimIds } from './sources.test-helpers';
import { NIS_BRIEFING, NIS_OCTOBER, NSC_OCTOBER, originList, postOrigin } from './origins.test-helpers';

const start = testServerPool();
const bodyOf = (dataDir: string, id: string) => {
  const db = new Database(join(dataDir, 'claimwatch.sqlite'), { readonly: true });
  const body = db.prepare('SELECT body FROM claims WHERE id = ?').pluck().get(id) as string;
  db.close();
  return JSON.parse(body) as Record<string, unknown>;
};

describe('origin decisions on disk', () => {
  it('survive a restart, in order, and are never rewritten, even by SQL', async () => {
    const first = await start();
    const merge = { originIds: [NIS_OCTOBER, NSC_OCTOBER], rationale: 'One event, two readouts' };
    expect((await postOrigin(first, '/merge', merge, TOKENS.analyst)).status).toBe(200);
    const split = { claimIds: ['C089'], rationale: 'A later briefing' };
    expect((await postOrigin(first, `/${NIS_BRIEFING}/split`, split, TOKENS.admin)).status).toBe(200);
    const before = await originList(first);
    await first.close();

    const again = await start({ dataDir: first.dataDir });
    expect(await originList(again)).toEqual(before);
    expect((await again.store.originDecisions.list()).map((d) => [d.action, d.claimIds, d.by])).toEqual([
      ['merge', ['C046', 'C047'], 'ana'],
      ['split', ['C089'], 'adm'],
    ]);
    expect(await claimIds(again, 'warning=corroborated_one_origin')).toEqual(['C046', 'C047']);
    await again.close();

    const db = new Database(join(first.dataDir, 'claimwatch.sqlite'));
    expect(() => db.prepare("UPDATE origin_decisions SET rationale = 'rewritten'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM origin_decisions').run()).toThrow(/append-only/);
    db.close();
  });

  it('keep the derived fields out of the stored claims: no origin, no corroboration, no one-origin warning', async () => {
    const s = await start();
    await postOrigin(s, '/merge', { originIds: [NIS_OCTOBER, NSC_OCTOBER], rationale: 'One event' }, TOKENS.analyst);
    const served = await s.store.claims.get('C046');
    if (!served) throw new Error('C046 is in the default dataset');
    const stale = issue('verification.state', ONE_ORIGIN_WARNING, 'Stale: derived on every read');
    await s.store.claims.save(
      { ...served, id: 'C046-COPY', originId: NIS_OCTOBER, warnings: [...served.warnings, stale] },
      'test',
    );
    for (const id of ['C046', 'C047', 'C046-COPY']) {
      const body = bodyOf(s.dataDir, id);
      expect(body).not.toHaveProperty('originId');
      expect(body).not.toHaveProperty('corroboration');
      expect(JSON.stringify(body.warnings)).not.toContain(ONE_ORIGIN_WARNING);
    }
    // Served, the warning is derived afresh: the copy repeats C046's origin.
    const copy = (await (await s.request('/api/claims/C046-COPY')).json()) as { warnings: { message: string }[] };
    expect(copy.warnings.map((w) => w.message)).not.toContain(stale.message);
    expect(await claimIds(s, 'warning=corroborated_one_origin')).toEqual(['C046', 'C046-COPY', 'C047']);
  });
});
