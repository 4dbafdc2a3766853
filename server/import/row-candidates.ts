import { ClaimSchema, type Claim } from '../../src/contract/claim-schema';
import { claimFromCsvRow } from '../../src/contract/claim-from-csv-row';
import type { Issue } from '../../src/contract/issue-schema';
import { issuesFromZod } from '../../src/contract/issues-from-zod';
import { numberFieldIssue } from '../../src/contract/import-checks/figure-checks';
import {
  isUnsafeNumberMark,
  unsafeIntegerIssue,
  unsafeNumberLiteral,
} from '../../src/contract/import-checks/unsafe-json-numbers';
import { convertResearchNotes } from '../../src/contract/research/convert-research-notes';
import { fieldInUpload } from './field-names';
import type { ImportFormat, Upload, UploadRow } from './read-upload';
import { isRecord } from '../../src/contract/is-record';

/** A row read into a claim (or refused), before it is checked against the store and the rest of the upload. */
export interface Candidate {
  row: number;
  line: number | null;
  id: string | null;
  claim: Claim | null;
  issues: Issue[];
  warnings: Issue[];
}

const idOf = (raw: unknown, key: string) => (isRecord(raw) && typeof raw[key] === 'string' ? raw[key] : null);

/** Specific words for figures written as text or too large to hold exactly, before the schema's generic ones. */
function numberIssues(raw: unknown, fields: readonly (readonly [string, string])[]): Issue[] {
  if (!isRecord(raw)) return [];
  return fields.flatMap(([path, field]) => {
    const value = path.split('.').reduce<unknown>((at, key) => (isRecord(at) ? at[key] : undefined), raw);
    const found = numberFieldIssue(field, value);
    return found ? [found] : [];
  });
}

/** Integers too large to hold exactly anywhere in a JSON row (the reader marked them before parsing). */
function unsafeNumbers(raw: unknown, path: string[] = []): Issue[] {
  if (isUnsafeNumberMark(raw)) return [unsafeIntegerIssue(path.join('.') || '(row)', unsafeNumberLiteral(raw))];
  if (Array.isArray(raw)) return raw.flatMap((item, i) => unsafeNumbers(item, [...path, String(i)]));
  if (isRecord(raw)) return Object.entries(raw).flatMap(([key, value]) => unsafeNumbers(value, [...path, key]));
  return [];
}

/** Issues found first win: the schema's generic word for a field already explained is dropped. */
const merge = (first: Issue[], then: Issue[]) => [
  ...first,
  ...then.filter((i) => !first.some((f) => f.field === i.field)),
];

function fromClaimsJson(rows: UploadRow[]): Candidate[] {
  const figureFields = ['value', 'low', 'high'].map((f) => [`figure.${f}`, `figure.${f}`] as const);
  return rows.map((r) => {
    const early = merge([...r.problems, ...numberIssues(r.raw, figureFields)], unsafeNumbers(r.raw));
    // Warnings are the import's to find: any the upload carries (an export's) are found again. The
    // origin and corroboration an export carries are derived by the API, read from no upload.
    const input = isRecord(r.raw) ? { ...r.raw, warnings: [], originId: undefined, corroboration: undefined } : r.raw;
    const parsed = ClaimSchema.safeParse(input);
    const issues = merge(early, parsed.success ? [] : issuesFromZod(parsed.error, input));
    return {
      row: r.row,
      line: r.line,
      id: idOf(r.raw, 'id'),
      claim: issues.length === 0 && parsed.success ? parsed.data : null,
      issues,
      warnings: [],
    };
  });
}

function fromResearchNotes(rows: UploadRow[]): Candidate[] {
  const figureFields = [
    ['value', 'value'],
    ['value_low', 'value_low'],
    ['value_high', 'value_high'],
  ] as const;
  const early = rows.map((r) => merge([...r.problems, ...numberIssues(r.raw, figureFields)], unsafeNumbers(r.raw)));
  const { results } = convertResearchNotes(rows.map((r) => r.raw));
  return rows.map((r, index) => {
    const result = results.find((x) => x.index === index);
    const issues = merge(early[index] ?? [], result?.issues ?? []);
    const claim = issues.length === 0 ? (result?.claim ?? null) : null;
    return {
      row: r.row,
      line: r.line,
      id: idOf(r.raw, 'claim_id'),
      claim: claim && { ...claim, warnings: [] },
      issues,
      warnings: claim?.warnings ?? [],
    };
  });
}

function fromCsv(rows: UploadRow[]): Candidate[] {
  return rows.map((r) => {
    const cells = isRecord(r.raw) ? Object.fromEntries(Object.entries(r.raw).map(([k, v]) => [k, String(v)])) : {};
    const { candidate, numberIssues: cellIssues, warnings } = claimFromCsvRow(cells);
    const parsed = ClaimSchema.safeParse(candidate);
    const issues = merge(
      [...r.problems, ...cellIssues],
      parsed.success
        ? []
        : issuesFromZod(parsed.error, candidate).map((i) => ({ ...i, field: fieldInUpload('csv', i.field) })),
    );
    return {
      row: r.row,
      line: r.line,
      id: cells.id || null,
      claim: issues.length === 0 && parsed.success ? parsed.data : null,
      issues,
      warnings,
    };
  });
}

/** Every row of the upload as a candidate claim with its issues and warnings, in the upload's own field names. */
export function toCandidates(upload: Upload): Candidate[] {
  const byFormat: Record<ImportFormat, (rows: UploadRow[]) => Candidate[]> = {
    'claims-json': fromClaimsJson,
    'research-notes-json': fromResearchNotes,
    csv: fromCsv,
  };
  return byFormat[upload.format](upload.rows);
}
