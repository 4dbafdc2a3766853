// @vitest-environment node
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ResearchNoteSchema } from './research-note-schema';

const raw = z
  .array(z.record(z.string(), z.unknown()))
  .parse(JSON.parse(readFileSync('data/research/reported-claims.json', 'utf8')));
const rawNote = (id: string) => {
  const note = raw.find((n) => n.claim_id === id);
  if (!note) throw new Error(`${id} is not in the research notes`);
  return note;
};
const issuesOf = (input: unknown) => {
  const parsed = ResearchNoteSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
};

describe('ResearchNoteSchema', () => {
  it('parses every research note as written, each with its own id', () => {
    expect(raw.length).toBeGreaterThan(0);
    expect(new Set(raw.map((n) => n.claim_id)).size).toBe(raw.length);
    expect(raw.filter((n) => !ResearchNoteSchema.safeParse(n).success).map((n) => n.claim_id)).toEqual([]);
  });

  it('keeps every field of a note, with its nulls', () => {
    const note = ResearchNoteSchema.parse(rawNote('C040'));
    expect(Object.keys(note).sort()).toEqual(Object.keys(rawNote('C040')).sort());
    expect(note).toMatchObject({
      claim_id: 'C040',
      value: 1500,
      value_low: null,
      quote: null,
      speaker_country: 'KR',
      claim_kind: 'reported_count',
    });
  });

  it('takes partial dates: a month for page_date and date_claimed_approx', () => {
    expect(issuesOf({ ...rawNote('C040'), page_date: '2024-01' })).toEqual([]);
    expect(ResearchNoteSchema.parse(rawNote('C011')).date_claimed_approx).toBe('2024-02');
    expect(issuesOf({ ...rawNote('C040'), page_date: '18 Oct 2024' })).toContainEqual({
      path: 'page_date',
      message: 'Expected YYYY, YYYY-MM or YYYY-MM-DD',
    });
    expect(issuesOf({ ...rawNote('C040'), date_claimed: '2025-02-30' })).toEqual([
      { path: 'date_claimed', message: 'Not a real calendar day' },
    ]);
  });

  it('rejects a missing field, even a nullable one', () => {
    const without = (field: string) =>
      Object.fromEntries(Object.entries(rawNote('C040')).filter(([key]) => key !== field));
    expect(issuesOf(without('quote')).map((i) => i.path)).toEqual(['quote']);
    expect(issuesOf(without('speaker_org')).map((i) => i.path)).toEqual(['speaker_org']);
  });

  it('rejects null where the notes never have one', () => {
    for (const field of ['source_url', 'page_language', 'date_claimed_basis', 'retrieval', 'outlet', 'speaker_org']) {
      expect(issuesOf({ ...rawNote('C040'), [field]: null }).map((i) => i.path)).toEqual([field]);
    }
  });

  it('checks the vocabularies: kind, state at report, speaker type, topic', () => {
    expect(issuesOf({ ...rawNote('C040'), claim_kind: 'rumour' }).map((i) => i.path)).toEqual(['claim_kind']);
    expect(issuesOf({ ...rawNote('C040'), speaker_type: 'blogger' }).map((i) => i.path)).toEqual(['speaker_type']);
    expect(issuesOf({ ...rawNote('C040'), topic: 'drones' }).map((i) => i.path)).toEqual(['topic']);
    expect(issuesOf({ ...rawNote('C040'), verification_state_at_report: 'retracted' }).map((i) => i.path)).toEqual([
      'verification_state_at_report',
    ]);
  });

  it('rejects an inverted or half-given range with the field named', () => {
    expect(issuesOf({ ...rawNote('C031'), value_low: 6_000_000, value_high: 4_000_000 })).toEqual([
      { path: 'value_low', message: 'Range low is above high (value_low 6000000 > value_high 4000000)' },
    ]);
    expect(issuesOf({ ...rawNote('C031'), value_high: null })).toEqual([
      { path: 'value_high', message: 'A range needs both value_low and value_high' },
    ]);
  });

  it('strips keys the format does not have', () => {
    const parsed = ResearchNoteSchema.parse({ ...rawNote('C040'), reviewer: 'someone' });
    expect('reviewer' in parsed).toBe(false);
  });
});
