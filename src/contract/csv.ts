/**
 * Cells a spreadsheet would run as a formula (OWASP: = + - @, tab, carriage return, also after
 * leading spaces, and their full-width forms) get a leading apostrophe. The export holds no
 * negative numbers (counts cannot be negative), so no honest number is altered. A cell that already
 * starts with apostrophes before such a character gets one more, so that `restoreCell` can undo it exactly.
 */
const FORMULA_START = /^[\s\u00a0\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value.replace(/^'+/, '')) ? `'${value}` : value;
}

/** The exact inverse of `neutraliseCell`: drops the apostrophe it added and nothing else. */
export function restoreCell(cell: string): string {
  return cell.startsWith("'") && neutraliseCell(cell.slice(1)) === cell ? cell.slice(1) : cell;
}

/** Quotes a cell with a quote, comma or line break, and one starting with "#" so that no data line looks like a comment. */
function quoteCell(value: string): string {
  return /[",\r\n]|^#/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** RFC 4180 CSV with CRLF line ends; every cell neutralised against formula injection. */
export function toCsv(rows: string[][]): string {
  return rows.map((row) => row.map((cell) => quoteCell(neutraliseCell(cell))).join(',')).join('\r\n') + '\r\n';
}

/**
 * A comment line ("# text") for the block after the data, which CSV readers told to skip "#" lines skip. It stays one
 * text cell in a spreadsheet's column A: a comma, quote or line break in the text is percent-encoded as in a URL.
 */
export function csvComment(text: string): string {
  return `# ${text.replace(/[,"\r\n]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)}\r\n`;
}

/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF), loosely: no line numbers, an unterminated quote is
 * read to the end. Imports read with csv-parse on the server (server/import/parse-csv-upload.ts); this stays only
 * for e2e/analyst.spec.ts until that reads with csv-parse too.
 */
export function parseCsv(input: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < input.length; i += 1) {
    const ch = input[i];
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
