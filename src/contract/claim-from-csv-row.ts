import { qualifierWarning, readQualifier } from './research/qualifier-bound';
import { csvNumberCell } from './import-checks/figure-checks';
import type { Issue } from './issue-schema';
import { restoreCell } from './csv';
import { jsonList } from './csv-list-cell';
import { readArchiveCell } from './archive-csv-cell';

const restore = restoreCell;
const orNull = (cell: string | undefined) => {
  const value = restore(cell ?? '').trim();
  return value === '' ? null : value;
};

/**
 * One row of the documented CSV (the export's columns) as a claim candidate, to be checked with
 * ClaimSchema. The history starts with the row's state; its verification note is the rationale.
 * Cells that cannot be read (a number written as text, an archived copy that is not one) come back as `numberIssues`.
 * Columns only an export fills (metric_label, verification_history, origin_id, origin_label) are not read.
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
  const archives = readArchiveCell(restore(row.source_archives ?? ''));
  numberIssues.push(...archives.issues);
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
      archives: archives.archives,
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
