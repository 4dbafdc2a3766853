// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ApiErrorBodySchema } from '../../src/contract/responses';
import { testServerPool } from '../testing/test-server';
import { claim, codes, notes, report, row, send } from './import-classes.test-helpers';

const start = testServerPool();

describe('figures', () => {
  it('refuses unsafe integers (caught in the raw text), percentages over 100, negative counts and figures above a ceiling', async () => {
    const s = await start();
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
    const s = await start();
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
    const s = await start();
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

describe('request errors have the one issue shape', () => {
  it('a file that cannot be read is 400 with field, code and message', async () => {
    const s = await start();
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

describe('unsafe integers anywhere in a JSON row', () => {
  it('are refused at their own field, not only in the figure', async () => {
    const s = await start();
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
