import { CsvError } from 'csv-parse/sync';
import { issue, type Issue } from '../../src/contract/issue-schema';
import { COMMA, CR, HASH, LF, QUOTE } from './csv-lines';
import type { CsvUpload } from './csv-upload-types';

// What can be wrong with a CSV upload (its header, its quoting, a record's cells), each said as an issue with the
// file's own line numbers.

/** A problem of the whole file: the upload is refused with this one issue. */
const fileIssue = (code: string, message: string) => ({ ok: false as const, issue: issue('(file)', code, message) });
export const quoted = (names: string[]) => names.map((n) => JSON.stringify(n)).join(', ');

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

export function csvError(
  error: unknown,
  buf: Buffer,
  recordStart: number,
  lineOf: (offset: number) => number,
): CsvUpload {
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

/** Where the header starts: line 1, or after the leading "#" lines and blank lines of the old metadata-first export. */
export function headerOffset(buf: Buffer, starts: number[]): { offset: number } | { error: CsvUpload } {
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

export function headerProblem(header: string[], line: number): CsvUpload | null {
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

export function cellCountProblem(cells: string[], columns: number, line: number): Issue[] {
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
