// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/contract/claim-schema';
import { ClaimListResponseSchema } from '../../src/contract/responses';
import { testServerPool } from '../testing/test-server';
import { claim, codes, notes, report, row } from './import-classes.test-helpers';

const start = testServerPool();

describe('qualifiers are open vocabulary', () => {
  it('keeps every note with an unfamiliar wording, as written, read as approximate, with a warning', async () => {
    const s = await start();
    const wordings = ['in the ballpark of', 'per the ministry', 'on paper', 'tallied at'];
    const batch = wordings.map((qualifier, i) => ({ ...notes[i], claim_id: `Q${i}`, qualifier, related_claims: [] }));
    const r = await report(s, batch, 'mode=all-or-nothing');
    expect(r.counts).toMatchObject({ created: wordings.length, refused: 0 });
    for (let i = 0; i < wordings.length; i += 1)
      expect(codes(r, `Q${i}`, 'warnings')).toContain('unrecognised_qualifier');
    const stored = await claim(s, 'Q0');
    expect(stored.figure).toMatchObject({ qualifier: 'in the ballpark of', bound: 'approximate' });
    expect(stored.warnings.map((w) => w.code)).toContain('unrecognised_qualifier');
  });
});

describe('cross-claim checks warn, on the report and on the claim', () => {
  it('finds a cumulative total below an earlier one, rate wording, a tenfold jump and one speaker giving two figures', async () => {
    const s = await start();
    const base = await claim(s, 'C040');
    const cumulative = (id: string, value: number, claimedOn: string, patch: Partial<Claim['figure']> = {}) =>
      row(base, id, {
        metricId: 'containers_shipped',
        topic: 'munitions',
        kind: 'cumulative_total',
        claimedOn,
        figureAsOf: null,
        figure: { ...base.figure, value, unit: 'containers', qualifier: null, bound: 'exact', ...patch },
      });
    const r = await report(s, [
      cumulative('CUM-LOW', 100, '2025-06-01'),
      cumulative('CUM-RATE', 900, '2025-06-02', { qualifier: 'in the last week' }),
      row(base, 'JUMP', {
        figure: { ...base.figure, value: 200_000 },
        claimedOn: '2025-06-01',
        figureAsOf: null,
        kind: 'estimate',
      }),
      row(base, 'TWIN', { claimedOn: base.claimedOn, figure: { ...base.figure, value: 1700 } }),
    ]);
    expect(codes(r, 'CUM-LOW', 'warnings')).toContain('cumulative_below_earlier');
    expect(codes(r, 'CUM-RATE', 'warnings')).toContain('rate_as_cumulative');
    expect(codes(r, 'JUMP', 'warnings')).toContain('jump_over_earlier');
    expect(codes(r, 'TWIN', 'warnings')).toContain('same_speaker_different_figure');
    expect(r.counts.warned).toBeGreaterThanOrEqual(4);
    const warned = ClaimListResponseSchema.parse(await (await s.request('/api/claims?warning=any')).json()).claims.map(
      (c) => c.id,
    );
    expect(warned).toEqual(expect.arrayContaining(['CUM-LOW', 'CUM-RATE', 'JUMP', 'TWIN']));
    const onlyRates = ClaimListResponseSchema.parse(
      await (await s.request('/api/claims?warning=rate_as_cumulative')).json(),
    ).claims.map((c) => c.id);
    expect(onlyRates).toContain('CUM-RATE');
    expect(onlyRates).not.toContain('JUMP');
  });
});

describe('metric ids', () => {
  it('refuses a near miss with "did you mean", and accepts a new metric with a warning and its definition', async () => {
    const s = await start();
    const base = await claim(s, 'C040');
    const r = await report(s, {
      claims: [
        row(base, 'M1', { metricId: 'Troops_In_Russia' }),
        row(base, 'M2', { metricId: 'troops in russia' }),
        row(base, 'M3', { metricId: 'troops_in_rusia' }),
        row(base, 'M4', {
          metricId: 'drones_supplied',
          topic: 'munitions',
          figure: { ...base.figure, unit: 'drones' },
        }),
      ],
      metrics: [{ id: 'drones_supplied', label: 'Drones supplied', unit: 'drones', topic: 'munitions' }],
    });
    for (const id of ['M1', 'M2', 'M3'])
      expect(r.rows.find((x) => x.id === id)?.issues[0]).toMatchObject({
        code: 'unknown_metric',
        message: expect.stringContaining('did you mean "troops_in_russia"'),
      });
    expect(r.rows.find((x) => x.id === 'M4')?.status).toBe('created');
    const metrics = (await (await s.request('/api/metrics')).json()) as { metrics: { id: string; label: string }[] };
    expect(metrics.metrics.find((m) => m.id === 'drones_supplied')?.label).toBe('Drones supplied');
    const bare = await report(s, [row(base, 'M5', { metricId: 'satellites_launched' })]);
    expect(codes(bare, 'M5', 'warnings')).toContain('new_metric');
  });
});

describe('sources resolve through the registry, attribution kept as written', () => {
  it('"NIS, per Yonhap" is the NIS; a new name like an existing one is added with a warning', async () => {
    const s = await start();
    const base = await claim(s, 'C040');
    const r = await report(s, [
      row(base, 'S1', { speaker: { ...base.speaker, organisation: 'NIS, per Yonhap', sourceId: null } }),
      row(base, 'S2', {
        speaker: { ...base.speaker, organisation: 'Natonal Intelligence Service (NIS) Korea', sourceId: null },
      }),
    ]);
    const s1 = await claim(s, 'S1');
    expect(s1.speaker).toMatchObject({ organisation: 'NIS, per Yonhap', sourceId: base.speaker.sourceId });
    expect(r.rows.find((x) => x.id === 'S1')?.warnings.map((w) => w.code) ?? []).not.toContain('similar_source');
    expect(base.speaker.sourceId).not.toBeNull();
  });
});
