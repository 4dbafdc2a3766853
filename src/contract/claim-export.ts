import type { Claim } from './claim-schema';
import type { ClaimFilters } from './claim-filters';
import { claimFiltersToParams, parseClaimFilters, type FilterProblem } from './claim-filter-params';
import { csvComment, toCsv } from './csv';
import { EXPORT_COLUMNS, toExportRow } from './claim-csv';
import type { Origin } from './origins/origin-schema';
import { DEFAULT_LOCALE, isLocale, LANG_PARAM, LOCALES, type Locale } from './locale';
import { exportWords } from './export-words';

/*
 * The export files, as the dashboard downloads them and as GET /api/claims/export streams them: one format, which the
 * import reads back. Each is made in chunks, so the server can send any number of claims without building one string.
 */

export const EXPORT_FORMATS = ['csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportMeta {
  title: string;
  exportedAt: string;
  asOf: string | null;
  filters: string;
  claimCount: number;
  totalClaims: number;
  view: string;
  caveat: string;
  /** How claims are recorded: kinds, states, grades, as known on, the sources' licences. */
  methodology: string;
}

/** The methodology page beside a view's address (absolute when the view's is), in the export's language. */
export function methodologyUrl(view: string, locale: Locale = DEFAULT_LOCALE): string {
  const path = locale === DEFAULT_LOCALE ? '/methodology' : `/methodology?${LANG_PARAM}=${locale}`;
  try {
    return new URL(path, view).href;
  } catch {
    return path;
  }
}

export function exportMeta(input: {
  filters: ClaimFilters;
  claimCount: number;
  totalClaims: number;
  exportedAt: Date;
  view: string;
  /** The language of the words a reader reads (title, caveat); English when not given. */
  locale?: Locale;
}): ExportMeta {
  const words = exportWords(input.locale);
  return {
    title: words.title,
    exportedAt: input.exportedAt.toISOString(),
    asOf: input.filters.asof ?? null,
    filters: claimFiltersToParams(input.filters).toString() || words.noFilters,
    claimCount: input.claimCount,
    totalClaims: input.totalClaims,
    view: input.view,
    caveat: words.caveat,
    methodology: methodologyUrl(input.view, input.locale),
  };
}

/** How an origin is named in the CSV's origin_label column. */
export const originExportLabel = (o: Origin) => `${o.label} (${o.ownerName}${o.date ? `, ${o.date}` : ''})`;

export interface ExportInput {
  claims: Iterable<Claim>;
  meta: ExportMeta;
  metricLabels: ReadonlyMap<string, string>;
  /** The origins (GET /api/origins): labels for the CSV, and those of the claims for the JSON. */
  origins: readonly Origin[];
}

/** Claims per chunk: a few hundred kilobytes of text. */
const CHUNK = 500;

function* inChunks<T>(items: Iterable<T>): Generator<T[]> {
  let chunk: T[] = [];
  for (const item of items) {
    chunk.push(item);
    if (chunk.length === CHUNK) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

/**
 * CSV: the header row, one row per claim, then one empty line and the metadata as comment lines ("# exportedAt: …")
 * that pandas (comment="#") and R skip and a spreadsheet shows as text in column A, below the data.
 */
export function* csvExportChunks({ claims, meta, metricLabels, origins }: ExportInput): Generator<string> {
  const labels = new Map(origins.map((o) => [o.id, originExportLabel(o)]));
  yield toCsv([[...EXPORT_COLUMNS]]);
  for (const chunk of inChunks(claims)) {
    const rows = chunk.map((c) => {
      const row = toExportRow(c, metricLabels.get(c.metricId) ?? c.metricId, labels.get(c.originId ?? '') ?? null);
      return EXPORT_COLUMNS.map((column) => row[column]);
    });
    yield toCsv(rows);
  }
  yield `\r\n${Object.entries(meta)
    .map(([key, value]) => csvComment(`${key}: ${String(value)}`))
    .join('')}`;
}

/** `text` as it sits `depth` levels deep in JSON.stringify(…, null, 2): every line after the first indented. */
const nested = (text: string, depth: number) => text.replace(/\n/g, `\n${'  '.repeat(depth)}`);

/**
 * JSON: `{ meta, claims, origins }` with every claim in the API's own shape (its originId and corroboration included)
 * and the origins of those claims: the very text of JSON.stringify(…, null, 2), made a chunk of claims at a time.
 */
export function* jsonExportChunks({ claims, meta, origins }: ExportInput): Generator<string> {
  const used = new Set<string | null>();
  yield `{\n  "meta": ${nested(JSON.stringify(meta, null, 2), 1)},\n  "claims": [`;
  let first = true;
  for (const chunk of inChunks(claims)) {
    for (const c of chunk) used.add(c.originId);
    const text = chunk.map((c) => `\n    ${nested(JSON.stringify(c, null, 2), 2)}`).join(',');
    yield `${first ? '' : ','}${text}`;
    first = false;
  }
  const kept = origins.filter((o) => used.has(o.id));
  const originsText = kept.length === 0 ? '[]' : nested(JSON.stringify(kept, null, 2), 1);
  yield `${first ? ']' : '\n  ]'},\n  "origins": ${originsText}\n}\n`;
}

export const exportChunks = (format: ExportFormat, input: ExportInput) =>
  format === 'csv' ? csvExportChunks(input) : jsonExportChunks(input);

/** The file name both APIs and the dashboard give an export. */
export const exportFileName = (format: ExportFormat, filters: ClaimFilters, exportedAt: Date) =>
  `claimwatch-claims-${filters.asof ? `asof-${filters.asof}-` : ''}${exportedAt.toISOString().slice(0, 10)}.${format}`;

/**
 * Reads GET /api/claims/export's query: the filters, `format` (csv or json; csv when absent) and `lang` (the language
 * of the metadata's words; English when absent).
 */
export function parseExportParams(params: URLSearchParams): {
  filters: ClaimFilters;
  format: ExportFormat;
  locale: Locale;
  problems: FilterProblem[];
} {
  const { filters, problems } = parseClaimFilters(params, ['format', LANG_PARAM]);
  const lang = params.get(LANG_PARAM);
  if (lang !== null && !isLocale(lang))
    problems.push({ param: LANG_PARAM, value: lang, reason: `Must be one of ${LOCALES.join(', ')}` });
  const formats = params.getAll('format');
  let format: ExportFormat = 'csv';
  if (formats.length > 0) {
    const asked = formats.length === 1 ? formats[0] : null;
    if (asked === 'csv' || asked === 'json') format = asked;
    else problems.push({ param: 'format', value: formats.join(','), reason: 'Must be csv or json' });
  }
  return { filters, format, locale: isLocale(lang) ? lang : DEFAULT_LOCALE, problems };
}

/**
 * GET /api/claims/export's answer: the file streamed a chunk at a time (never one string, whatever the count), as a
 * download with its name. Both APIs answer with it.
 */
export function exportResponse(format: ExportFormat, input: ExportInput, filters: ClaimFilters): Response {
  const chunks = exportChunks(format, input);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  const name = exportFileName(format, filters, new Date(input.meta.exportedAt));
  return new Response(body, {
    headers: {
      'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'no-store',
    },
  });
}
