// @vitest-environment node
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ClaimSchema } from '../claim-schema';
import { ResearchNoteSchema, type ResearchNote } from './research-note-schema';
import { fromResearchNote, ownSideAcknowledgement } from './from-research-note';
import { convertResearchNotes } from './convert-research-notes';

const rawNotes = z
  .array(z.record(z.string(), z.unknown()))
  .parse(JSON.parse(readFileSync('data/research/reported-claims.json', 'utf8')));
const notes = z.array(ResearchNoteSchema).parse(rawNotes);
const note = (id: string): ResearchNote => {
  const found = notes.find((n) => n.claim_id === id);
  if (!found) throw new Error(`${id} is not in the research notes`);
  return found;
};
const convert = (id: string) => fromResearchNote(note(id), notes);

describe('fromResearchNote on the real notes', () => {
  it('converts every note into a valid claim, keeping its id, grading nothing', () => {
    const claims = notes.map((n) => fromResearchNote(n, notes));
    expect(claims.map((c) => ClaimSchema.safeParse(c).success)).toEqual(notes.map(() => true));
    expect(claims.map((c) => c.id)).toEqual(notes.map((n) => n.claim_id));
    expect(new Set(claims.map((c) => c.id)).size).toBe(64);
    expect(claims.every((c) => c.grade === null)).toBe(true);
  });

  it('maps C040 field for field: 1,500 special forces, the NIS, the chain of citation', () => {
    const n = note('C040');
    const c = convert('C040');
    expect(c).toMatchObject({
      id: 'C040',
      metricId: 'troops_in_russia',
      topic: 'troops',
      kind: 'reported_count',
      claimedOn: '2024-10-18',
      figureAsOf: n.as_of_date,
      figureAsOfNote: n.as_of_note,
      notes: n.notes,
    });
    expect(c.figure).toEqual({
      value: 1500,
      low: null,
      high: null,
      text: null,
      qualifier: 'some',
      bound: 'approximate',
      unit: 'personnel (special forces)',
    });
    expect(c.speaker).toEqual({
      name: null,
      role: n.speaker_role,
      organisation: 'National Intelligence Service (NIS)',
      sourceId: null,
      country: 'KR',
      type: 'intelligence_service',
    });
    expect(c.source).toEqual({
      outlet: n.outlet,
      url: n.source_url,
      publishedOn: n.page_date,
      language: n.page_language,
    });
    expect(c.provenance).toEqual(n.provenance_chain);
    expect(c.quote).toBeNull();
    expect(c.claimedOnBasis).toBe('NIS statement released Friday 18 Oct 2024');
  });

  it('keeps a quote with its language (C087, in Russian)', () => {
    expect(convert('C087').quote).toEqual({ text: note('C087').quote, language: 'ru' });
  });

  it('keeps month precision for an approximately dated claim, never adding a day (C011)', () => {
    const c = convert('C011');
    expect(c.claimedOn).toBe('2024-02');
    expect(c.verification.history[0]?.date).toBe('2024-02');
  });

  it('keeps an undated claim undated', () => {
    const c = convert('C004');
    expect(c.claimedOn).toBeNull();
    expect(c.claimedOnBasis).toBe(note('C004').date_claimed_basis);
  });

  it('keeps a range without a single value (C031: 4 to 6 million, a conservative floor)', () => {
    expect(convert('C031').figure).toMatchObject({ value: null, low: 4_000_000, high: 6_000_000, bound: 'at_least' });
  });

  it('retracts C039 (Kremlin denial) on the day Russia acknowledged, with a dated history of two entries', () => {
    const c = convert('C039');
    expect(c.verification.state).toBe('retracted');
    expect(c.verification.history).toEqual([
      {
        date: '2024-10-10',
        from: null,
        to: 'disputed_denied',
        rationale: "Responding to ROK Defense Minister Kim Yong-hyun's 'high possibility' remark.",
        by: 'Research note C039',
      },
      {
        date: '2025-04-26',
        from: 'disputed_denied',
        to: 'retracted',
        rationale: `Contradicted by its own side: Armed Forces of the Russian Federation (Valery Gerasimov) acknowledged on 2025-04-26 (C065). ${note('C039').later_change}`,
        by: 'Research note C039 (later_change)',
      },
    ]);
    expect(c.verification.laterDevelopments).toBe(note('C039').later_change);
  });

  it('retracts the other denials on their own side’s acknowledgement only', () => {
    expect(convert('C044').verification.history.at(-1)).toMatchObject({
      date: '2025-04-28',
      to: 'retracted',
      rationale: expect.stringContaining('(C066)'),
    });
    expect(convert('C045').verification.history.at(-1)).toMatchObject({
      date: '2025-04-26',
      to: 'retracted',
      rationale: expect.stringContaining('(C065)'),
    });
    expect(convert('C086').verification.state).toBe('disputed_denied');
    expect(convert('C087').verification.state).toBe('evasive_no_comment');
  });

  it('does not change the state of a figure because of its later_change (C040 stays single source)', () => {
    const c = convert('C040');
    expect(c.verification).toMatchObject({
      state: 'single_source',
      laterDevelopments: expect.stringContaining('Gerasimov'),
    });
    expect(c.verification.history).toHaveLength(1);
    const notDenials = notes.filter((n) => n.claim_kind !== 'denial');
    expect(
      notDenials.filter((n) => fromResearchNote(n, notes).verification.state !== n.verification_state_at_report),
    ).toEqual([]);
  });

  it('keeps related ids as written, even those not among the notes (C017 -> C016)', () => {
    expect(notes.some((n) => n.claim_id === 'C016')).toBe(false);
    expect(convert('C017').relatedClaimIds).toEqual(['C016']);
    expect(convert('C083').relatedClaimIds).toEqual(note('C083').related_claims);
  });
});

describe('the own-side retraction rule (synthetic notes)', () => {
  const denial = { ...note('C039'), claim_id: 'D1', related_claims: ['A1', 'A2', 'A3'] };
  const confirmation = (id: string, country: string | null, date: string | null): ResearchNote => ({
    ...note('C065'),
    claim_id: id,
    speaker_country: country,
    date_claimed: date,
    date_claimed_approx: null,
  });

  it('uses the earliest qualifying confirmation', () => {
    const all = [
      denial,
      confirmation('A1', 'RU', '2025-05-02'),
      confirmation('A2', 'RU', '2025-05'),
      confirmation('A3', 'RU', '2025-04-30'),
    ];
    expect(ownSideAcknowledgement(denial, all)?.claim_id).toBe('A3');
  });

  it('ignores confirmations by another country, unrelated ones, and non-denials', () => {
    expect(
      ownSideAcknowledgement(denial, [
        denial,
        confirmation('A1', 'US', '2025-01-01'),
        confirmation('B9', 'RU', '2025-01-01'),
      ]),
    ).toBeNull();
    const nonDenial = { ...denial, claim_kind: 'non_denial' as const };
    expect(ownSideAcknowledgement(nonDenial, [confirmation('A1', 'RU', '2025-01-01')])).toBeNull();
    expect(
      ownSideAcknowledgement({ ...denial, speaker_country: null }, [confirmation('A1', null, '2025-01-01')]),
    ).toBeNull();
  });

  it('retracts on an undated confirmation without making up a date', () => {
    const c = fromResearchNote(denial, [denial, confirmation('A1', 'RU', null)]);
    expect(c.verification.history[1]).toMatchObject({
      date: null,
      to: 'retracted',
      rationale: expect.stringContaining('acknowledged on an unknown date (A1)'),
    });
  });
});

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
