import { ClaimSchema, type Claim, type VerificationChange } from '../claim-schema';
import type { ResearchNote } from './research-note-schema';
import { qualifierBound } from './qualifier-bound';

/**
 * One research note as a claim in the contract, field for field. The only state change derived
 * from the notes: a denial whose related claims include a confirmation by a speaker of the same
 * country (its own side acknowledging what it denied) is marked retracted on that day.
 */
export function fromResearchNote(note: ResearchNote, allNotes: ResearchNote[]): Claim {
  const claimedOn = note.date_claimed ?? note.date_claimed_approx;
  const history: VerificationChange[] = [
    { date: claimedOn, from: null, to: note.verification_state_at_report, rationale: note.verification_detail ?? 'State as first reported', by: `Research note ${note.claim_id}` },
  ];
  const retraction = ownSideConfirmation(note, allNotes);
  if (retraction) {
    const who = [retraction.speaker_name, retraction.speaker_org].filter(Boolean).join(', ');
    const date = retraction.date_claimed ?? retraction.date_claimed_approx;
    history.push({
      date,
      from: note.verification_state_at_report,
      to: 'retracted',
      rationale: `Contradicted by its own side: ${who} acknowledged it on ${date ?? 'an unknown date'} (${retraction.claim_id}).${note.later_change ? ` ${note.later_change}` : ''}`,
      by: `Research note ${note.claim_id} (later_change)`,
    });
  }
  return ClaimSchema.parse({
    id: note.claim_id,
    metricId: note.metric,
    topic: note.topic,
    kind: note.claim_kind,
    figure: { value: note.value, low: note.value_low, high: note.value_high, text: note.value_text, qualifier: note.qualifier, bound: qualifierBound(note.qualifier), unit: note.unit },
    claimedOn,
    claimedOnBasis: note.date_claimed_basis,
    figureAsOf: note.as_of_date,
    figureAsOfNote: note.as_of_note,
    speaker: { name: note.speaker_name, role: note.speaker_role, organisation: note.speaker_org, country: note.speaker_country, type: note.speaker_type },
    source: { outlet: note.outlet, url: note.source_url, publishedOn: note.page_date, language: note.page_language },
    provenance: note.provenance_chain,
    quote: note.quote ? { text: note.quote, language: note.quote_language } : null,
    verification: {
      state: history.at(-1)?.to ?? note.verification_state_at_report,
      note: note.verification_detail,
      history,
      contestedBy: note.contested_by,
      laterDevelopments: note.later_change,
    },
    grade: null,
    relatedClaimIds: note.related_claims,
    contradictingClaimIds: [],
    notes: note.notes,
  });
}

/** The earliest confirmation, among a denial's related claims, by a speaker from the denier's own country. */
function ownSideConfirmation(note: ResearchNote, allNotes: ResearchNote[]): ResearchNote | null {
  if (note.claim_kind !== 'denial' || note.speaker_country === null) return null;
  const candidates = allNotes.filter(
    (other) => note.related_claims.includes(other.claim_id) && other.claim_kind === 'confirmation' && other.speaker_country === note.speaker_country && (other.date_claimed ?? other.date_claimed_approx),
  );
  candidates.sort((a, b) => String(a.date_claimed ?? a.date_claimed_approx).localeCompare(String(b.date_claimed ?? b.date_claimed_approx)));
  return candidates[0] ?? null;
}
