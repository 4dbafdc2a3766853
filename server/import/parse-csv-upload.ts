import { parse } from 'csv-parse/sync';
import { EXPORT_COLUMNS } from '../../src/contract/claim-csv';
import { issue } from '../../src/contract/issue-schema';
import { lineAt, lineStarts, skipLineBreaks } from './csv-lines';
import { cellCountProblem, csvError, headerOffset, headerProblem, quoted } from './csv-upload-checks';
import type { CsvUpload, CsvUploadRecord } from './csv-upload-types';

const KNOWN_COLUMNS = new Set<string>(EXPORT_COLUMNS);
const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');

/** Records, the byte offset after each, and how many comment lines were skipped before each. */
type Pass = { ok: true; records: string[][]; ends: number[]; comments: number[] } | { ok: false; result: CsvUpload };

/**
 * csv-parse, keeping the byte offset after each record (its `bytes`) so that lines are counted on the file itself.
 * Strict quoting: a quote may only open and close a field. Empty lines are skipped.
 */
function readRecords(buf: Buffer, skipComments: boolean, lineOf: (offset: number) => number): Pass {
  const ends: number[] = [];
  const comments: number[] = [];
  try {
    const records = parse(buf, {
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      skip_empty_lines: true,
      ...(skipComments ? { comment: '#', comment_no_infix: true } : {}),
      on_record: (record: string[], context) => {
        ends.push(context.bytes);
        comments.push(context.comment_lines);
        return record;
      },
    });
    return { ok: true, records, ends, comments };
  } catch (error) {
    return { ok: false, result: csvError(error, buf, skipLineBreaks(buf, ends.at(-1) ?? 0), lineOf) };
  }
}

/**
 * Reads a CSV upload with csv-parse. The header is the first line; a UTF-8 BOM is dropped. Leading "#" lines (the old
 * metadata-first export) and the blank lines after them are skipped, and so is a trailing block of blank and "#" lines
 * after the data (the export's metadata); a "#" anywhere else, or inside a quoted cell, is data. Line numbers are the
 * file's own. A file that cannot be read is one issue; a record with the wrong number of cells carries its own problem.
 */
export function parseCsvUpload(body: string): CsvUpload {
  const buf = Buffer.from(body.replace(/^\uFEFF/, ''), 'utf8');
  const starts = lineStarts(buf);
  const found = headerOffset(buf, starts);
  if ('error' in found) return found.error;
  const region = buf.subarray(found.offset);
  const lineOf = (offset: number) => lineAt(starts, found.offset + offset);

  // Pass 1 takes "#" lines (outside quotes) as comments only to find where the data ends. If it skipped one within
  // the data, pass 2 reads the data again with that line as data.
  const outline = readRecords(region, true, lineOf);
  if (!outline.ok) return outline.result;
  const last = outline.records.findLastIndex((cells) => !isBlank(cells));
  const pass =
    (outline.comments[last] ?? 0) === 0 ? outline : readRecords(region.subarray(0, outline.ends[last]), false, lineOf);
  if (!pass.ok) return pass.result;
  const [headerCells = [], ...data] = pass.records; // after the last data record, only blank ones

  const header = headerCells.map((name) => name.trim());
  const headerIssue = headerProblem(header, lineOf(0));
  if (headerIssue) return headerIssue;
  const records: CsvUploadRecord[] = [];
  data.forEach((cells, i) => {
    if (isBlank(cells)) return;
    const line = lineOf(skipLineBreaks(region, pass.ends[i] ?? 0));
    const problems = cellCountProblem(cells, header.length, line);
    records.push({
      row: records.length + 1,
      line,
      cells: Object.fromEntries(header.map((h, c) => [h, cells[c] ?? ''])),
      problems,
    });
  });
  const unknown = header.filter((name) => !KNOWN_COLUMNS.has(name));
  const warnings =
    unknown.length > 0
      ? [
          issue(
            '(file)',
            'unknown_column',
            `These columns are not part of the export and are ignored: ${quoted(unknown)}`,
          ),
        ]
      : [];
  return { ok: true, header, records, warnings };
}
