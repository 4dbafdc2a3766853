// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fromResearchNote } from './from-research-note';
import { convertResearchNotes } from './convert-research-notes';
import { researchNotesFrom } from './from-research-note.test-helpers';

const { rawNotes, notes, note } = researchNotesFrom(readFileSync('data/research/reported-claims.json', 'utf8'));

describe('qualifiers the table does not know', () => {
  it('are kept as written, read as approximate, and warned about on the claim: never a refusal', () => {
    const c = fromResearchNote({ ...note('C040'), qualifier: 'per the ministry' }, notes);
    expect(c.figure).toMatchObject({ qualifier: 'per the ministry', bound: 'approximate' });
    expect(c.warnings).toEqual([
      expect.objectContaining({
        field: 'qualifier',
        code: 'unrecognised_qualifier',
        message: expect.stringContaining('"per the ministry"'),
      }),
    ]);
  });
  it('do not cost the note its place in a conversion', () => {
    const { claims, rejected } = convertResearchNotes([
      rawNotes[0],
      { ...rawNotes[1], qualifier: 'per the ministry' },
      rawNotes[2],
    ]);
    expect(claims.map((c) => c.id)).toEqual([rawNotes[0]?.claim_id, rawNotes[1]?.claim_id, rawNotes[2]?.claim_id]);
    expect(rejected).toEqual([]);
  });
});

describe('malformed notes in a conversion', () => {
  it('are each rejected with a specific reason while the rest convert', () => {
    const [a, b] = [rawNotes[0] ?? {}, rawNotes[1] ?? {}];
    const withoutOrg = Object.fromEntries(Object.entries(b).filter(([key]) => key !== 'speaker_org'));
    const { claims, rejected } = convertResearchNotes([
      a,
      { ...withoutOrg, claim_id: 'X1' },
      { ...b, claim_id: 'X2', claim_kind: 'rumour' },
      { ...a },
      { ...b, claim_id: 'X3', value: null, value_low: 9, value_high: 3 },
      b,
    ]);
    expect(claims.map((c) => c.id)).toEqual([a.claim_id, b.claim_id]);
    expect(rejected.map((r) => [r.index, r.id, r.issues.map((i) => i.field)])).toEqual([
      [1, 'X1', ['speaker_org']],
      [2, 'X2', ['claim_kind']],
      [3, a.claim_id, ['claim_id']],
      [4, 'X3', ['value_low']],
    ]);
    expect(rejected.map((r) => r.issues[0]?.message)).toEqual([
      expect.stringMatching(/missing/i),
      expect.stringMatching(/"rumour".*not allowed/i),
      `Duplicate id ${String(a.claim_id)}: an earlier note already has it`,
      'Range low is above high (value_low 9 > value_high 3)',
    ]);
  });
});

/** The link rules the conversion applies after fromResearchNote (contradictionPairs and withLinks in claim-links.ts). */
describe('links: reverse related ids and contradictions by rule', () => {
  const { claims } = convertResearchNotes(rawNotes);
  const byId = new Map(claims.map((c) => [c.id, c]));

  it('adds reverse related links and keeps ids the dataset does not hold', () => {
    expect(note('C065').related_claims).not.toContain('C087');
    expect(byId.get('C065')?.relatedClaimIds).toEqual(['C039', 'C045', 'C087']);
    expect(byId.get('C083')?.relatedClaimIds).toEqual(expect.arrayContaining(['C080', 'C084']));
  });

  it('finds exactly the contradictions the two rules give on the real notes, both ways', () => {
    const pairs = claims.flatMap((c) => c.contradictingClaimIds.map((other) => `${c.id}-${other}`)).sort();
    const expected = [
      'C011-C012',
      'C015-C025',
      'C015-C032',
      'C025-C032',
      'C039-C065',
      'C039-C066',
      'C044-C066',
      'C045-C065',
      'C065-C087',
    ];
    expect(pairs).toEqual([...expected, ...expected.map((p) => p.split('-').reverse().join('-'))].sort());
  });

  it('reads a conflict only where a note names another claim id with a conflict word', () => {
    const base = rawNotes[0] ?? {};
    const synthetic = [
      { ...base, claim_id: 'C901', related_claims: [], notes: 'Figures differs from C902 on method.' },
      { ...base, claim_id: 'C902', related_claims: [], notes: 'Same briefing as C903.' },
      { ...base, claim_id: 'C903', related_claims: [], notes: 'Higher than the estimate in C909 (not in the data).' },
    ];
    const result = convertResearchNotes(synthetic);
    expect(result.rejected).toEqual([]);
    expect(result.claims.map((c) => [c.id, c.contradictingClaimIds])).toEqual([
      ['C901', ['C902']],
      ['C902', ['C901']],
      ['C903', []],
    ]);
  });
});
