import type { Claim } from './claim-schema';
import { joinList } from './csv-list-cell';
import { formatArchiveCell } from './archive-csv-cell';

/**
 * Column order of the flat export; every claim becomes one row with these fields. origin_id and
 * origin_label are derived by the API (GET /api/origins): an import reads past them.
 */
export const EXPORT_COLUMNS = [
  'id',
  'metric',
  'metric_label',
  'topic',
  'kind',
  'value',
  'low',
  'high',
  'qualifier',
  'bound',
  'unit',
  'figure_text',
  'claimed_on',
  'claimed_on_basis',
  'figure_as_of',
  'figure_as_of_note',
  'speaker_name',
  'speaker_role',
  'speaker_organisation',
  'speaker_country',
  'speaker_type',
  'speaker_source_id',
  'outlet',
  'source_url',
  'published_on',
  'source_language',
  'source_archives',
  'provenance_chain',
  'origin_id',
  'origin_label',
  'quote',
  'quote_language',
  'verification_state',
  'verification_note',
  'verification_history',
  'contested_by',
  'later_developments',
  'grade_reliability',
  'grade_credibility',
  'related_claim_ids',
  'contradicting_claim_ids',
  'notes',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];
export type ExportRow = Record<ExportColumn, string>;

const text = (value: string | number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

/** One claim as an export row; `originLabel` is the chain head of its origin when the caller knows it. */
export function toExportRow(claim: Claim, metricLabel: string, originLabel: string | null = null): ExportRow {
  const { figure, speaker, source, verification } = claim;
  return {
    id: claim.id,
    metric: claim.metricId,
    metric_label: metricLabel,
    topic: claim.topic,
    kind: claim.kind,
    value: text(figure.value),
    low: text(figure.low),
    high: text(figure.high),
    qualifier: text(figure.qualifier),
    bound: figure.bound,
    unit: text(figure.unit),
    figure_text: text(figure.text),
    claimed_on: text(claim.claimedOn),
    claimed_on_basis: text(claim.claimedOnBasis),
    figure_as_of: text(claim.figureAsOf),
    figure_as_of_note: text(claim.figureAsOfNote),
    speaker_name: text(speaker.name),
    speaker_role: text(speaker.role),
    speaker_organisation: speaker.organisation,
    speaker_country: text(speaker.country),
    speaker_type: speaker.type,
    speaker_source_id: text(speaker.sourceId),
    outlet: source.outlet,
    source_url: text(source.url),
    published_on: text(source.publishedOn),
    source_language: text(source.language),
    source_archives: formatArchiveCell(source.archives),
    provenance_chain: joinList(claim.provenance, ' > '),
    origin_id: text(claim.originId),
    origin_label: text(claim.originId === null ? null : originLabel),
    quote: text(claim.quote?.text),
    quote_language: text(claim.quote?.language),
    verification_state: verification.state,
    verification_note: text(verification.note),
    verification_history: verification.history
      .map((h) => `${h.date ?? 'undated'}: ${h.from ?? 'reported'} -> ${h.to} (${h.rationale})`)
      .join(' | '),
    contested_by: joinList(verification.contestedBy, ' | '),
    later_developments: text(verification.laterDevelopments),
    grade_reliability: text(claim.grade?.reliability),
    grade_credibility: text(claim.grade?.credibility),
    related_claim_ids: claim.relatedClaimIds.join(' '),
    contradicting_claim_ids: claim.contradictingClaimIds.join(' '),
    notes: text(claim.notes),
  };
}
