import { noteFieldOf } from '../../src/contract/research/note-fields';
import type { ImportFormat } from './read-upload';

/** Claim fields and the CSV export columns that hold them (src/contract/claim-csv.ts). */
const CSV_COLUMNS: readonly (readonly [string, string])[] = [
  ['metricId', 'metric'],
  ['figure.value', 'value'],
  ['figure.low', 'low'],
  ['figure.high', 'high'],
  ['figure.text', 'figure_text'],
  ['figure.qualifier', 'qualifier'],
  ['figure.unit', 'unit'],
  ['figure', 'value'],
  ['claimedOnBasis', 'claimed_on_basis'],
  ['claimedOn', 'claimed_on'],
  ['figureAsOfNote', 'figure_as_of_note'],
  ['figureAsOf', 'figure_as_of'],
  ['speaker.name', 'speaker_name'],
  ['speaker.role', 'speaker_role'],
  ['speaker.organisation', 'speaker_organisation'],
  ['speaker.sourceId', 'speaker_source_id'],
  ['speaker.country', 'speaker_country'],
  ['speaker.type', 'speaker_type'],
  ['source.outlet', 'outlet'],
  ['source.url', 'source_url'],
  ['source.publishedOn', 'published_on'],
  ['source.language', 'source_language'],
  ['source.archives', 'source_archives'],
  ['provenance', 'provenance_chain'],
  ['quote.text', 'quote'],
  ['quote.language', 'quote_language'],
  ['verification.history', 'verification_state'],
  ['verification.state', 'verification_state'],
  ['verification.note', 'verification_note'],
  ['verification.contestedBy', 'contested_by'],
  ['verification.laterDevelopments', 'later_developments'],
  ['grade.reliability', 'grade_reliability'],
  ['grade.credibility', 'grade_credibility'],
  ['relatedClaimIds', 'related_claim_ids'],
  ['contradictingClaimIds', 'contradicting_claim_ids'],
];

const csvColumnOf = (path: string) =>
  CSV_COLUMNS.find(([claimPath]) => path === claimPath || path.startsWith(`${claimPath}.`))?.[1] ?? path;

/** A claim field path in the words of the upload: CSV column, research-note field, or the claim path for claims JSON. */
export function fieldInUpload(format: ImportFormat, path: string): string {
  if (format === 'csv') return csvColumnOf(path);
  if (format === 'research-notes-json') return noteFieldOf(path);
  return path;
}
