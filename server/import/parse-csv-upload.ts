import { CsvError, parse } from 'csv-parse/sync';
import { EXPORT_COLUMNS } from '../../src/contract/claim-csv';
import { issue, type Issue } from '../../src/contract/issue-schema';

/** One data record of a CSV upload: its cells by column, where it starts in the file, and its own problems. */
export interface CsvUploadRecord {
  /** 1-based among the data records (blank records are skipped and not counted). */
  row: number;
  /** 1-based line where the record starts, as a text editor counts (a quoted cell may span lines). */
  line: number;
  cells: Record<string, string>;
  /** Problems of this record alone (wrong_cell_count): the importer refuses this row, not the file. */
  problems: Issue[];
}

export type CsvUpload =
  { ok: true; header: string[]; records: CsvUploadRecord[]; warnings: Issue[] } | { ok: false; issue: Issue };

const [LF, CR, QUOTE, COMMA, HASH] = [0x0a, 0x0d, 0x22, 0x2c, 0x23];
const KNOWN_COLUMNS = new Set<string>(EXPORT_COLUMNS);
const fileIssue = (code: string, message: string) => ({ ok: false as const, issue: issue('(file)', code, message) });
const quoted = (names: string[]) => names.map((n) => JSON.stringify(n)).join(', ');
const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');

/** Byte offset where each line starts; CRLF, LF and a lone CR each end one line. */
function lineStarts(buf: Buffer): number[] {
  const starts = [0];
  for (let i = 0; i < buf.length; i += 1) {
    if (buf[i] === CR && buf[i + 1] === LF) i += 1;
    if (buf[i] === LF || buf[i] === CR) starts.push(i + 1);
  }
  return starts;
}

/** 1-based line of a byte offset. */
function lineAt(starts: number[], offset: number): number {
  let [low, high] = [0, starts.length - 1];
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

const skipLineBreaks = (buf: Buffer, offset: number) => {
  let i = offset;
  while (buf[i] === LF || buf[i] === CR) i += 1;
  return i;
};

/** Where the quoting of the record starting at `start` goes wrong: a quote that never closes, or one out of place. */
function quoteFault(buf: Buffer, start: number): { unterminated: boolean; at: number } {
  let fieldStart = true;
  for (let i = start; i < buf.length; i += 1) {
    if (fieldStart && buf[i] === QUOTE) {
      const open = i;
      for (i += 1; !(buf[i] === QUOTE && buf[i + 1] !== QUOTE); i += buf[i] === QUOTE ? 2 : 1) {
        if (i >= buf.length) return { unterminated: true, at: open };
      }
      const next = buf[i + 1];
      if (next !== undefined && next !== COMMA && next !== LF && next !== CR) return { unterminated: false, at: i };
    } else if (buf[i] === QUOTE) return { unterminated: false, at: i };
    else if (buf[i] === LF || buf[i] === CR) return { unterminated: false, at: start };
    fieldStart = buf[i] === COMMA;
  }
  return { unterminated: false, at: start };
}

function csvError(error: unknown, buf: Buffer, recordStart: number, lineOf: (offset: number) => number): CsvUpload {
  if (!(error instanceof CsvError)) throw error;
  const fault = quoteFault(buf, recordStart);
  const line = lineOf(fault.at);
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    return fileIssue(
      'unterminated_quote',
      `Line ${line}: a quoted field opens here and never closes; add the closing quote (") and write each quote inside the field twice ("")`,
    );
  }
  if (error.code === 'INVALID_OPENING_QUOTE' || error.code === 'CSV_INVALID_CLOSING_QUOTE') {
    return fileIssue(
      'bad_quote',
      `Line ${line}: a quote (") in the middle of a field; put the whole field in quotes and write each quote inside it twice ("")`,
    );
  }
  return fileIssue('unreadable_csv', `Line ${lineOf(recordStart)}: the CSV cannot be read here (${error.message})`);
}

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

/** Where the header starts: line 1, or after the leading "#" lines and blank lines of the old metadata-first export. */
function headerOffset(buf: Buffer, starts: number[]): { offset: number } | { error: CsvUpload } {
  if (buf.length === 0)
    return {
      error: fileIssue(
        'missing_header',
        'The file is empty: the first line must be the header row (with an "id" column)',
      ),
    };
  if (buf[0] !== HASH) {
    const first = buf.toString('utf8', 0, starts[1] ?? buf.length);
    if (first.trim() === '')
      return {
        error: fileIssue(
          'missing_header',
          'Line 1 is empty: the first line must be the header row (with an "id" column)',
        ),
      };
    return { offset: 0 };
  }
  const header = starts.find((start, i) => {
    const text = buf.toString('utf8', start, starts[i + 1] ?? buf.length);
    return buf[start] !== HASH && text.trim() !== '';
  });
  if (header === undefined)
    return {
      error: fileIssue(
        'missing_header',
        'The file holds only comment lines ("#"): it needs a header row (with an "id" column) and data rows',
      ),
    };
  return { offset: header };
}

function headerProblem(header: string[], line: number): CsvUpload | null {
  const unnamed = header.flatMap((name, i) => (name === '' ? [i + 1] : []));
  const duplicates = [...new Set(header.filter((name, i) => name !== '' && header.indexOf(name) !== i))];
  if (!header.includes('id'))
    return fileIssue(
      'bad_header',
      `Line ${line} is read as the header, but it has no "id" column; it holds ${quoted(header.slice(0, 5))}${header.length > 5 ? ', …' : ''}`,
    );
  if (duplicates.length > 0)
    return fileIssue(
      'bad_header',
      `The header (line ${line}) names these columns more than once: ${quoted(duplicates)}`,
    );
  if (unnamed.length > 0)
    return fileIssue('bad_header', `The header (line ${line}) has no name for column ${unnamed.join(', ')}`);
  return null;
}

function cellCountProblem(cells: string[], columns: number, line: number): Issue[] {
  const extra = cells.slice(columns).some((c) => c.trim() !== '');
  if (cells.length >= columns && !extra) return [];
  return [
    issue(
      '(row)',
      'wrong_cell_count',
      `Line ${line}: ${cells.length} cells, but the header has ${columns} columns; check for a missing quote around a cell with a comma or a line break`,
    ),
  ];
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
