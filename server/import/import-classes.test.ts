// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ClaimSchema, type Claim } from '../../src/contract/claim-schema';
import { ApiErrorBodySchema, ClaimListResponseSchema } from '../../src/contract/responses';
import { ImportReportSchema, type ImportReport } from '../../src/contract/write-schemas';
import { TOKENS, testServerPool } from '../testing/test-server';

/** Every class of row issue 11 names, through the real server (SQLite in a temp folder). Rows are SYNTHETIC variants of real claims. */
const start = testServerPool();
type Server = ReturnType<typeof start>;
const notes = JSON.parse(readFileSync('data/research/reported-claims.json', 'utf8')) as Record<string, unknown>[];
const send = async (s: Server, body: unknown, query = '', contentType = 'application/json') => {
  const res = await s.request(`/api/imports?${query}`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    token: TOKENS.analyst,
  });
  return { status: res.status, body: (await res.json()) as unknown };
};
const report = async (s: Server, body: unknown, query = 'mode=per-row', contentType?: string): Promise<ImportReport> =>
  ImportReportSchema.parse((await send(s, body, query, contentType)).body);
const claim = async (s: Server, id: string): Promise<Claim> =>
  ClaimSchema.parse(await (await s.request(`/api/claims/${id}`)).json());
const codes = (r: ImportReport, id: string, kind: 'issues' | 'warnings' = 'issues') =>
  r.rows.find((row) => row.id === id)?.[kind].map((i) => i.code) ?? [];
const row = (base: Claim, id: string, patch: Partial<Claim> = {}) => ({
  ...base,
  id,
  relatedClaimIds: [],
  contradictingClaimIds: [],
  ...patch,
});

describe('existing ids', () => {
  it('an identical row is unchanged and writes nothing, history included', async () => {
    const s = start();
    const before = await claim(s, 'C040');
    const r = await report(s, [before], 'mode=all-or-nothing');
    expect(r.rows[0]).toMatchObject({ id: 'C040', status: 'unchanged', issues: [] });
    expect((await claim(s, 'C040')).verification.history).toEqual(before.verification.history);
  });

  it('a different row is refused with a field-by-field diff, and the stored claim is kept', async () => {
    const s = start();
    const before = await claim(s, 'C040');
    const edited = { ...before, figure: { ...before.figure, value: 2000 }, notes: 'Edited (synthetic)' };
    const dry = await report(s, [edited], 'dryRun=true');
    expect(dry.rows[0]).toMatchObject({
      status: 'refused',
      issues: [expect.objectContaining({ field: 'id', code: 'id_exists', message: expect.stringContaining('C040') })],
    });
    expect(dry.rows[0]?.diff).toEqual(
      expect.arrayContaining([
        { field: 'figure.value', existing: '1500', incoming: '2000' },
        expect.objectContaining({ field: 'notes', incoming: 'Edited (synthetic)' }),
      ]),
    );
    const strict = await send(s, [edited], 'mode=all-or-nothing');
    expect(strict.status).toBe(422);
    expect(await claim(s, 'C040')).toEqual(before);
  });

  it('overwrite applies the change as an edit, with one history entry only when the state changed', async () => {
    const s = start();
    const before = await claim(s, 'C040');
    const sameState = await report(s, [{ ...before, notes: 'Edited (synthetic)' }], 'overwrite=true');
    expect(sameState.rows[0]?.status).toBe('updated');
    expect((await claim(s, 'C040')).verification.history).toHaveLength(before.verification.history.length);
    const newState = await report(
      s,
      [{ ...before, verification: { ...before.verification, state: 'corroborated' } }],
      'overwrite=true&dryRun=true',
    );
    expect(newState.rows[0]?.status).toBe('would_update');
    await report(s, [{ ...before, verification: { ...before.verification, state: 'corroborated' } }], 'overwrite=true');
    const after = await claim(s, 'C040');
    expect(after.verification.state).toBe('corroborated');
    expect(after.verification.history).toHaveLength(before.verification.history.length + 1);
  });

  it('a refused all-or-nothing import labels no row created; a dry run says what would happen', async () => {
    const s = start();
    const base = await claim(s, 'C040');
    const rows = [row(base, 'NEW-A'), base, row(base, 'NEW-B', { kind: 'rumour' as Claim['kind'] })];
    const refused = ImportReportSchema.parse((await send(s, rows, 'mode=all-or-nothing')).body);
    expect(refused.rows.map((r) => r.status)).toEqual(['would_create', 'unchanged', 'refused']);
    expect(refused.counts).toMatchObject({ created: 0, would_create: 1, refused: 1 });
    const dry = await report(s, rows.slice(0, 2), 'dryRun=true');
    expect(dry.rows.map((r) => r.status)).toEqual(['would_create', 'unchanged']);
    expect((await s.request('/api/claims/NEW-A')).status).toBe(404);
  });
});

describe('re-importing an export is a no-op', () => {
  it('the JSON export ({ meta, claims }) and the research notes come back unchanged', async () => {
    const s = start();
    const { claims } = ClaimListResponseSchema.parse(await (await s.request('/api/claims')).json());
    const json = await report(s, { meta: { title: 'export' }, claims }, 'mode=all-or-nothing');
    expect(json.counts).toMatchObject({ unchanged: claims.length, refused: 0, created: 0, updated: 0 });
    const again = await report(s, notes, 'mode=all-or-nothing');
    expect(again.counts).toMatchObject({ unchanged: notes.length, refused: 0 });
    expect((await claim(s, 'C040')).verification.history).toHaveLength(1);
  });
});

describe('figures', () => {
  it('refuses unsafe integers (caught in the raw text), percentages over 100, negative counts and figures above a ceiling', async () => {
    const s = start();
    const base = await claim(s, 'C040');
    const share = await claim(s, notes.find((n) => n.metric === 'share_of_russian_artillery_ammo')?.claim_id as string);
    const body = JSON.stringify([
      row(base, 'BIG', { figure: { ...base.figure, value: 1 } }),
      row(share, 'PCT', { figure: { ...share.figure, value: 4000, low: null, high: null } }),
      row(base, 'NEG', { figure: { ...base.figure, value: -3 } }),
      row(base, 'CEIL', { figure: { ...base.figure, value: 5_000_000 } }),
    ]).replace('"value":1,', '"value":9007199254740993,');
    const r = await report(s, body);
    expect(codes(r, 'BIG')).toEqual(['unsafe_integer']);
    expect(codes(r, 'PCT')).toContain('percent_out_of_range');
    expect(codes(r, 'NEG')).toContain('negative');
    expect(codes(r, 'CEIL')).toEqual(['above_ceiling']);
    expect(r.rows.find((x) => x.id === 'CEIL')?.issues[0]?.message).toMatch(/300,000/);
    const accepted = await report(s, body, 'mode=per-row&acceptAboveCeiling=true');
    expect(accepted.rows.find((x) => x.id === 'CEIL')).toMatchObject({
      status: 'created',
      warnings: expect.arrayContaining([expect.objectContaining({ code: 'above_ceiling' })]),
    });
  });

  it('numbers written as text in any locale get a specific message and are never converted', async () => {
    const s = start();
    const base = await claim(s, 'C040');
    const texts = ['1,500', '11.000', '6,5', '1만5000', '12 тис.', '1500'];
    const r = await report(
      s,
      texts.map((value, i) => row(base, `LOC${i}`, { figure: { ...base.figure, value: value as unknown as number } })),
    );
    for (let i = 0; i < texts.length; i += 1) {
      const found = r.rows.find((x) => x.id === `LOC${i}`);
      expect(found?.status).toBe('refused');
      expect(found?.issues[0]).toMatchObject({
        field: 'figure.value',
        code: 'number_as_text',
        message: expect.stringContaining(texts[i] ?? ''),
      });
    }
  });
});

describe('text', () => {
  it('refuses bidi controls and zero-width characters in single-line fields, naming the character', async () => {
    const s = start();
    const base = await claim(s, 'C040');
    const r = await report(s, [
      row(base, 'BIDI', { speaker: { ...base.speaker, organisation: 'Reported by \u202Eecruos\u202C' } }),
      row(base, 'ZW', { source: { ...base.source, outlet: 'Out\u200Blet' } }),
      row(base, 'QUOTE-OK', { quote: { text: 'A quote with an RLM \u200F mark', language: 'en' } }),
    ]);
    expect(r.rows.find((x) => x.id === 'BIDI')?.issues[0]).toMatchObject({
      field: 'speaker.organisation',
      code: 'hidden_character',
      message: expect.stringContaining('U+202E'),
    });
    expect(codes(r, 'ZW')).toEqual(['hidden_character']);
    expect(r.rows.find((x) => x.id === 'QUOTE-OK')?.status).toBe('created');
  });
});

describe('qualifiers are open vocabulary', () => {
  it('keeps every note with an unfamiliar wording, as written, read as approximate, with a warning', async () => {
    const s = start();
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
    const s = start();
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
    const s = start();
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

describe('request errors have the one issue shape', () => {
  it('a file that cannot be read is 400 with field, code and message', async () => {
    const s = start();
    const bad = await send(s, '[{"id": "X",', '');
    expect(bad.status).toBe(400);
    expect(ApiErrorBodySchema.parse(bad.body).error).toMatchObject({ field: '(file)', code: 'invalid_json' });
    const csv = await send(
      s,
      'id,metric,notes\nX1,troops_in_russia,"never closed\nX2,troops_in_russia,ok\n',
      '',
      'text/csv',
    );
    expect(csv.status).toBe(400);
    expect(ApiErrorBodySchema.parse(csv.body).error).toMatchObject({
      code: 'unterminated_quote',
      message: expect.stringMatching(/[Ll]ine 2/),
    });
    const query = await send(s, '[]', 'mode=sometimes');
    expect(ApiErrorBodySchema.parse(query.body).error.issues?.[0]).toMatchObject({
      field: 'mode',
      code: 'not_allowed',
    });
  });
});

describe('sources resolve through the registry, attribution kept as written', () => {
  it('"NIS, per Yonhap" is the NIS; a new name like an existing one is added with a warning', async () => {
    const s = start();
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

describe('the research notes, reworded and renumbered (as a new user would try)', () => {
  const REWORDINGS: Record<string, string> = {
    'more than': 'in excess of',
    about: 'approximately',
    'up to': 'as many as',
    around: 'roughly',
    'at least': 'no fewer than',
    nearly: 'close to',
  };
  const reworded = notes.map((n) => {
    const qualifier = typeof n.qualifier === 'string' ? n.qualifier : null;
    const id = `R${String(n.claim_id).slice(1)}`;
    const related = (n.related_claims as string[]).map((r) => `R${r.slice(1)}`);
    return {
      ...n,
      claim_id: id,
      related_claims: related,
      qualifier: qualifier && REWORDINGS[qualifier] ? REWORDINGS[qualifier] : qualifier,
      speaker_org: n.speaker_org === 'National Intelligence Service (NIS)' ? 'NIS, per Yonhap' : n.speaker_org,
    };
  });

  it('loses nothing and overwrites nothing', async () => {
    const s = start();
    const before = ClaimListResponseSchema.parse(await (await s.request('/api/claims')).json()).claims;
    const r = await report(s, reworded, 'mode=all-or-nothing');
    expect(r.counts).toMatchObject({ created: notes.length, refused: 0, updated: 0 });
    const after = ClaimListResponseSchema.parse(await (await s.request('/api/claims')).json()).claims;
    expect(after.length).toBe(before.length + notes.length);
    for (const old of before) expect(after.find((c) => c.id === old.id)).toEqual(old);
    const nis = ClaimListResponseSchema.parse(
      await (
        await s.request(`/api/claims?source=${before.find((c) => c.id === 'C040')?.speaker.sourceId ?? ''}`)
      ).json(),
    ).claims.map((c) => c.id);
    expect(nis).toEqual(expect.arrayContaining(['C040', 'R040']));
  });
});

describe('unsafe integers anywhere in a JSON row', () => {
  it('are refused at their own field, not only in the figure', async () => {
    const s = start();
    const base = await claim(s, 'C040');
    const body = JSON.stringify([row(base, 'GRADE', { grade: { reliability: 'B', credibility: 2 } })]).replace(
      '"credibility":2',
      '"credibility":123456789012345678901',
    );
    const r = await report(s, body);
    expect(r.rows[0]?.issues[0]).toMatchObject({
      field: 'grade.credibility',
      code: 'unsafe_integer',
      message: expect.stringContaining('123456789012345678901'),
    });
  });
});
