// @vitest-environment node
import { readFileSync } from 'node:fs';
import { ClaimSchema } from '../claim-schema';
import type { ResearchNote } from './research-note-schema';
import { fromResearchNote, ownSideAcknowledgement } from './from-research-note';
import { researchNotesFrom } from './from-research-note.test-helpers';

const { notes, note, convert } = researchNotesFrom(readFileSync('data/research/reported-claims.json', 'utf8'));

describe('fromResearchNote on the real notes', () => {
  it('converts every note into a valid claim, keeping its id, grading nothing', () => {
    const claims = notes.map((n) => fromResearchNote(n, notes));
    expect(claims.map((c) => ClaimSchema.safeParse(c).success)).toEqual(notes.map(() => true));
    expect(claims.map((c) => c.id)).toEqual(notes.map((n) => n.claim_id));
    expect(new Set(claims.map((c) => c.id)).size).toBe(notes.length);
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
      // Research notes record no archived copy; none is made up.
      archives: [],
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
