// @vitest-environment node
import { readFileSync } from 'node:fs';
import { convertResearchNotes } from './convert-research-notes';

const notes = JSON.parse(readFileSync('data/research/reported-claims.json', 'utf8')) as Record<string, unknown>[];
const { claims, rejected } = convertResearchNotes(notes);
const byId = (id: string) => {
  const claim = claims.find((c) => c.id === id);
  if (!claim) throw new Error(`${id} not converted`);
  return claim;
};

describe('convertResearchNotes on the real research notes', () => {
  it('converts every note, keeping the research ids, none rejected', () => {
    expect(rejected).toEqual([]);
    expect(claims.map((c) => c.id)).toEqual(notes.map((n) => n.claim_id));
  });

  it('keeps figure, speaker, source and chain of citation as written (C040: 1,500 arrived)', () => {
    const c = byId('C040');
    expect(c.figure).toMatchObject({
      value: 1500,
      low: null,
      high: null,
      qualifier: 'some',
      bound: 'approximate',
      unit: 'personnel (special forces)',
    });
    expect(c.kind).toBe('reported_count');
    expect(c.claimedOn).toBe('2024-10-18');
    expect(c.figureAsOf).toBe('2024-10-13');
    expect(c.speaker).toMatchObject({
      organisation: 'National Intelligence Service (NIS)',
      country: 'KR',
      type: 'intelligence_service',
    });
    const note = notes.find((n) => n.claim_id === 'C040');
    expect(c.source.url).toBe(note?.source_url);
    expect(c.provenance).toEqual(note?.provenance_chain);
  });

  it('keeps a projection a projection (C043: "about 10,000" warned)', () => {
    expect(byId('C043')).toMatchObject({
      kind: 'projection_warning',
      figure: { value: 10000, bound: 'approximate' },
      quote: { language: 'en' },
    });
  });

  it('keeps month precision for a claim dated only to a month (C011)', () => {
    expect(byId('C011').claimedOn).toBe('2024-02');
  });

  it('keeps a range without a single value (C031: 4 to 6 million)', () => {
    expect(byId('C031').figure).toMatchObject({ value: null, low: 4_000_000, high: 6_000_000 });
  });

  it('keeps claims without a number as text (C058: several hundred)', () => {
    expect(byId('C058').figure).toMatchObject({ value: null, text: 'several hundred casualties' });
  });

  it('retracts a denial that its own side later acknowledged, with a dated history (C039)', () => {
    const c = byId('C039');
    expect(c.verification.state).toBe('retracted');
    expect(c.verification.history.map((h) => [h.date, h.from, h.to])).toEqual([
      ['2024-10-10', null, 'disputed_denied'],
      ['2025-04-26', 'disputed_denied', 'retracted'],
    ]);
    expect(c.verification.history[1]?.rationale).toContain('C065');
    expect(byId('C044').verification.history.at(-1)).toMatchObject({ date: '2025-04-28', to: 'retracted' });
  });

  it('does not change the state of a figure because of a later development (C040 stays single source)', () => {
    const c = byId('C040');
    expect(c.verification.state).toBe('single_source');
    expect(c.verification.history).toHaveLength(1);
    expect(c.verification.laterDevelopments).toContain('Gerasimov');
  });

  it('links contradictions both ways and keeps related ids the dataset does not hold', () => {
    expect(byId('C011').contradictingClaimIds).toContain('C012');
    expect(byId('C012').contradictingClaimIds).toContain('C011');
    expect(byId('C065').contradictingClaimIds).toEqual(expect.arrayContaining(['C039', 'C045']));
    expect(byId('C017').relatedClaimIds).toContain('C016');
    expect(byId('C068').relatedClaimIds).toContain('C067');
  });

  it('has unique ids and grades nothing (the notes carry no Admiralty grade)', () => {
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
    expect(claims.every((c) => c.grade === null)).toBe(true);
  });
});

describe('convertResearchNotes on bad input', () => {
  const good = notes[0];
  it('rejects each bad note with a specific reason and converts the rest', () => {
    const { claims: converted, rejected: bad } = convertResearchNotes([
      good,
      { ...good, claim_id: 'X1', claim_kind: 'rumour' },
      { ...good, claim_id: 'X2', value: null, value_low: 9, value_high: 3 },
      { ...good, claim_id: 'X3', speaker_org: undefined },
      { ...good },
      'not a note',
    ]);
    expect(converted.map((c) => c.id)).toEqual([good?.claim_id]);
    expect(bad.map((r) => [r.index, r.id])).toEqual([
      [1, 'X1'],
      [2, 'X2'],
      [3, 'X3'],
      [4, good?.claim_id],
      [5, null],
    ]);
    expect(bad[0]?.issues[0]?.field).toBe('claim_kind');
    expect(bad[1]?.issues[0]?.message).toMatch(/low is above high/);
    expect(bad[2]?.issues[0]?.field).toBe('speaker_org');
    expect(bad[3]?.issues[0]?.message).toMatch(/Duplicate id/);
  });

  it('says so when the file is not an array', () => {
    expect(convertResearchNotes({ notes: [] }).rejected[0]?.issues[0]?.message).toMatch(/JSON array/);
  });
});
