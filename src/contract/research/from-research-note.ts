import { z } from 'zod';
import { ClaimSchema, type Claim, type VerificationChange } from '../claim-schema';
import { comparePartialDates, type PartialDate } from '../partial-date';
import type { ResearchNote } from './research-note-schema';
import { qualifierWarning, readQualifier } from './qualifier-bound';

/**
 * One research note as a claim in the contract, field for field, checked with ClaimSchema (a
 * ZodError names the field when it does not fit). Links are as the note writes them: the
 * conversion (convert-research-notes.ts, via claim-links.ts) then adds reverse related links
 * and the contradictions found by rule.
 *
 * The only state change derived from the notes: a denial whose related claims include a
 * confirmation by a speaker of the same country (its own side acknowledging what it denied) is
 * marked retracted on the day of that confirmation. Other claims keep the state they were
 * reported with; their later_change stays in words in laterDevelopments.
 *
 * A qualifier wording is kept exactly as written; one the conversion does not recognise reads
 * as approximate (the cautious bound) and is warned about on the claim, never refused.
 */
export function fromResearchNote(note: ResearchNote, allNotes: ResearchNote[]): Claim {
  const { bound } = readQualifier(note.qualifier);
  const qualifierWarningFound = qualifierWarning(note.qualifier, 'qualifier');
  const claimedOn = claimDate(note);
  // z.parse (classic zod's) so that a claim that does not fit throws a ZodError like the one above.
  return z.parse(
    ClaimSchema,
    {
      id: note.claim_id,
      metricId: note.metric,
      topic: note.topic,
      kind: note.claim_kind,
      figure: {
        value: note.value,
        low: note.value_low,
        high: note.value_high,
        text: note.value_text,
        qualifier: note.qualifier,
        bound,
        unit: note.unit,
      },
      claimedOn,
      claimedOnBasis: note.date_claimed_basis,
      figureAsOf: note.as_of_date,
      figureAsOfNote: note.as_of_note,
      speaker: {
        name: note.speaker_name,
        role: note.speaker_role,
        organisation: note.speaker_org,
        country: note.speaker_country,
        type: note.speaker_type,
      },
      source: { outlet: note.outlet, url: note.source_url, publishedOn: note.page_date, language: note.page_language },
      provenance: note.provenance_chain,
      quote: note.quote ? { text: note.quote, language: note.quote_language } : null,
      verification: verificationOf(note, allNotes),
      grade: null,
      relatedClaimIds: note.related_claims,
      contradictingClaimIds: [],
      notes: note.notes,
      warnings: qualifierWarningFound ? [qualifierWarningFound] : [],
    },
    { reportInput: true },
  );
}

/** When the claim was made: the exact date, else the approximate one at its own precision (never a made-up day). */
export function claimDate(note: ResearchNote): PartialDate | null {
  return note.date_claimed ?? note.date_claimed_approx;
}

function verificationOf(note: ResearchNote, allNotes: ResearchNote[]): Claim['verification'] {
  const history: VerificationChange[] = [
    {
      date: claimDate(note),
      from: null,
      to: note.verification_state_at_report,
      rationale: note.verification_detail ?? 'State as first reported',
      by: `Research note ${note.claim_id}`,
    },
  ];
  const acknowledgement = ownSideAcknowledgement(note, allNotes);
  if (acknowledgement) {
    const date = claimDate(acknowledgement);
    const who = acknowledgement.speaker_name
      ? `${acknowledgement.speaker_org} (${acknowledgement.speaker_name})`
      : acknowledgement.speaker_org;
    const said = `Contradicted by its own side: ${who} acknowledged on ${date ?? 'an unknown date'} (${acknowledgement.claim_id}).`;
    history.push({
      date,
      from: note.verification_state_at_report,
      to: 'retracted',
      rationale: note.later_change ? `${said} ${note.later_change}` : said,
      by: `Research note ${note.claim_id} (later_change)`,
    });
  }
  return {
    state: history[history.length - 1]?.to ?? note.verification_state_at_report,
    note: note.verification_detail,
    history,
    contestedBy: note.contested_by,
    laterDevelopments: note.later_change,
  };
}

/**
 * The confirmation that retracts a denial: among the denial's related claims, a confirmation by
 * a speaker of the denier's own country; the earliest when several qualify (undated last).
 * Null for any other note, or a denial whose speaker has no country.
 */
export function ownSideAcknowledgement(note: ResearchNote, allNotes: ResearchNote[]): ResearchNote | null {
  if (note.claim_kind !== 'denial' || note.speaker_country === null) return null;
  const candidates = allNotes.filter(
    (other) =>
      note.related_claims.includes(other.claim_id) &&
      other.claim_kind === 'confirmation' &&
      other.speaker_country === note.speaker_country,
  );
  const byDate = (a: ResearchNote, b: ResearchNote) => {
    const da = claimDate(a);
    const db = claimDate(b);
    if (da && db) return comparePartialDates(da, db) || a.claim_id.localeCompare(b.claim_id);
    return da ? -1 : db ? 1 : a.claim_id.localeCompare(b.claim_id);
  };
  return candidates.sort(byDate)[0] ?? null;
}
