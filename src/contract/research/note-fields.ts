/** Claim fields and the research-note fields they come from (data/research/README.md). */
const NOTE_FIELDS: readonly (readonly [string, string])[] = [
  ['id', 'claim_id'],
  ['metricId', 'metric'],
  ['kind', 'claim_kind'],
  ['figure.value', 'value'],
  ['figure.low', 'value_low'],
  ['figure.high', 'value_high'],
  ['figure.text', 'value_text'],
  ['figure.qualifier', 'qualifier'],
  ['figure.unit', 'unit'],
  ['figure', 'value'],
  ['claimedOnBasis', 'date_claimed_basis'],
  ['claimedOn', 'date_claimed'],
  ['figureAsOfNote', 'as_of_note'],
  ['figureAsOf', 'as_of_date'],
  ['speaker.name', 'speaker_name'],
  ['speaker.role', 'speaker_role'],
  ['speaker.organisation', 'speaker_org'],
  ['speaker.country', 'speaker_country'],
  ['speaker.type', 'speaker_type'],
  ['source.outlet', 'outlet'],
  ['source.url', 'source_url'],
  ['source.publishedOn', 'page_date'],
  ['source.language', 'page_language'],
  ['provenance', 'provenance_chain'],
  ['quote.text', 'quote'],
  ['quote.language', 'quote_language'],
  ['verification.history', 'verification_detail'],
  ['verification.note', 'verification_detail'],
  ['verification.contestedBy', 'contested_by'],
  ['verification.laterDevelopments', 'later_change'],
  ['verification.state', 'verification_state_at_report'],
  ['relatedClaimIds', 'related_claims'],
];

/** The note field a claim field path comes from ("speaker.organisation" -> "speaker_org"); other paths as given. */
export function noteFieldOf(path: string): string {
  const found = NOTE_FIELDS.find(([claimPath]) => path === claimPath || path.startsWith(`${claimPath}.`));
  return found ? found[1] : path;
}
