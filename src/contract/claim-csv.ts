import type { Claim } from './claim-schema';
import { qualifierWarning, readQualifier } from './research/qualifier-bound';
import { csvNumberCell } from './import-checks/figure-checks';
import type { Issue } from './issue-schema';
import { restoreCell } from './csv';

/** Column order of the flat export; every claim becomes one row with these fields. */
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
  'provenance_chain',
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

export function toExportRow(claim: Claim, metricLabel: string): ExportRow {
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
    provenance_chain: joinList(claim.provenance, ' > '),
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

const restore = restoreCell;

/**
 * A list in one cell: joined with its separator for people, or as a JSON array when an entry
 * holds the separator or could be mistaken for one, so that reading it back gives the same list.
 */
function joinList(items: string[], separator: string): string {
  const plain = items.join(separator);
  const ambiguous = items.some(
    (item) => item.includes(separator.trim()) || item.trim() !== item || item.startsWith('['),
  );
  return ambiguous ? JSON.stringify(items) : plain;
}

function jsonList(cell: string): string[] | null {
  if (!cell.startsWith('[')) return null;
  try {
    const parsed: unknown = JSON.parse(cell);
    return Array.isArray(parsed) && parsed.every((x) => typeof x === 'string') ? parsed : null;
  } catch {
    return null;
  }
}
const orNull = (cell: string | undefined) => {
  const value = restore(cell ?? '').trim();
  return value === '' ? null : value;
};

/**
 * One row of the documented CSV (the export's columns) as a claim candidate, to be checked with
 * ClaimSchema. The history starts with the row's state; its verification note is the rationale.
 */
export function claimFromCsvRow(row: Record<string, string>): {
  candidate: unknown;
  numberIssues: Issue[];
  warnings: Issue[];
} {
  const numberIssues: Issue[] = [];
  const num = (field: 'value' | 'low' | 'high' | 'grade_credibility') => {
    const parsed = csvNumberCell(field, restore(row[field] ?? ''));
    if (parsed.issue) numberIssues.push(parsed.issue);
    return parsed.value;
  };
  const credibility = num('grade_credibility');
  const qualifier = orNull(row.qualifier);
  // A bound the file states is the analyst's reading of the wording: no warning to give.
  const qualifierIssue = orNull(row.bound) ? null : qualifierWarning(qualifier, 'qualifier');
  const claimedOn = orNull(row.claimed_on);
  const state = orNull(row.verification_state);
  const list = (cell: string | undefined, separator: RegExp) => {
    const value = orNull(cell) ?? '';
    const asJson = jsonList(value);
    return (
      asJson ??
      value
        .split(separator)
        .map((s) => s.trim())
        .filter(Boolean)
    );
  };
  const bound = orNull(row.bound);
  const candidate = {
    id: orNull(row.id),
    metricId: orNull(row.metric),
    topic: orNull(row.topic),
    kind: orNull(row.kind),
    figure: {
      value: num('value'),
      low: num('low'),
      high: num('high'),
      text: orNull(row.figure_text),
      qualifier,
      bound: bound ?? readQualifier(qualifier).bound,
      unit: orNull(row.unit),
    },
    claimedOn,
    claimedOnBasis: orNull(row.claimed_on_basis),
    figureAsOf: orNull(row.figure_as_of),
    figureAsOfNote: orNull(row.figure_as_of_note),
    speaker: {
      name: orNull(row.speaker_name),
      role: orNull(row.speaker_role),
      organisation: orNull(row.speaker_organisation),
      country: orNull(row.speaker_country),
      type: orNull(row.speaker_type),
      sourceId: orNull(row.speaker_source_id),
    },
    source: {
      outlet: orNull(row.outlet),
      url: orNull(row.source_url),
      publishedOn: orNull(row.published_on),
      language: orNull(row.source_language),
    },
    provenance: list(row.provenance_chain, /\s*>\s*/),
    quote: orNull(row.quote) ? { text: orNull(row.quote), language: orNull(row.quote_language) } : null,
    verification: {
      state,
      note: orNull(row.verification_note),
      history: [
        {
          date: claimedOn,
          from: null,
          to: state,
          rationale: orNull(row.verification_note) ?? 'Imported from CSV',
          by: null,
        },
      ],
      contestedBy: list(row.contested_by, /\s*\|\s*/),
      laterDevelopments: orNull(row.later_developments),
    },
    grade:
      orNull(row.grade_reliability) || credibility !== null
        ? { reliability: orNull(row.grade_reliability), credibility }
        : null,
    relatedClaimIds: list(row.related_claim_ids, /\s+/),
    contradictingClaimIds: list(row.contradicting_claim_ids, /\s+/),
    notes: orNull(row.notes),
  };
  return { candidate, numberIssues, warnings: qualifierIssue ? [qualifierIssue] : [] };
}
