// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvComment, neutraliseCell, restoreCell, toCsv } from '../../src/contract/csv';
import { hostileString, PROPERTY_RUNS } from '../../src/testing/arbitraries';
import { parseCsvUpload, type CsvUpload } from './parse-csv-upload';

const read = (body: string) => {
  const result = parseCsvUpload(body);
  if (!result.ok) throw new Error(`expected a readable CSV, got ${JSON.stringify(result.issue)}`);
  return result;
};
const failure = (body: string) => {
  const result: CsvUpload = parseCsvUpload(body);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.issue;
};
const summary = (body: string) => read(body).records.map((r) => [r.row, r.line, r.cells.id]);

describe('parseCsvUpload: layout', () => {
  it('drops a UTF-8 BOM and reads CRLF', () => {
    const result = read('\uFEFFid,quote\r\nC1,plain\r\nC2,"two\r\nlines"\r\n');
    expect(result.header).toEqual(['id', 'quote']);
    expect(result.records).toEqual([
      { row: 1, line: 2, cells: { id: 'C1', quote: 'plain' }, problems: [] },
      { row: 2, line: 3, cells: { id: 'C2', quote: 'two\r\nlines' }, problems: [] },
    ]);
  });

  it('gives each record the line it starts on, after multi-line cells and skipped empty lines', () => {
    const body = 'id,quote\n"C1","a\nb\nc"\n\nC2,"x\r\ny"\r\nC3,z\rC4,"\n"\n';
    expect(summary(body)).toEqual([
      [1, 2, 'C1'],
      [2, 6, 'C2'],
      [3, 8, 'C3'],
      [4, 9, 'C4'],
    ]);
  });

  it('reads the old export: metadata lines first, one blank line, then the header', () => {
    const old =
      '# title,Claimwatch export\r\n# caveat,"a claim, not a fact"\r\n\r\nid,quote\r\nC1,x\r\nC2,"y\r\nz"\r\nC3,w\r\n';
    expect(summary(old)).toEqual([
      [1, 5, 'C1'],
      [2, 6, 'C2'],
      [3, 8, 'C3'],
    ]);
  });

  it('reads the new export: header first, the metadata in a trailing comment block', () => {
    const body = `${toCsv([
      ['id', 'quote'],
      ['C1', 'x'],
      ['C2', 'y'],
    ])}\r\n${csvComment('exportedAt: 2026-11-22')}${csvComment('caveat: a, "b"')}`;
    expect(body.endsWith('# caveat: a%2C %22b%22\r\n')).toBe(true);
    expect(summary(body)).toEqual([
      [1, 2, 'C1'],
      [2, 3, 'C2'],
    ]);
  });

  it('keeps "#" inside data as data: a cell, a quoted line, a line between records', () => {
    const body = 'id,quote\nC1,#tag\nC2,"first\n# not a comment"\n#3,x\nC4,y\n\n# trailing\n';
    const result = read(body);
    expect(result.records.map((r) => r.cells)).toEqual([
      { id: 'C1', quote: '#tag' },
      { id: 'C2', quote: 'first\n# not a comment' },
      { id: '#3', quote: 'x' },
      { id: 'C4', quote: 'y' },
    ]);
    expect(result.records.map((r) => r.line)).toEqual([2, 3, 5, 6]);
  });

  it('warns about columns the export does not have', () => {
    expect(read('id,quote,colour\nC1,x,red\n').warnings).toEqual([
      { field: '(file)', code: 'unknown_column', message: expect.stringContaining('"colour"') },
    ]);
  });
});

describe('parseCsvUpload: refusals', () => {
  it.each([
    ['a quote that never closes, at its own line', 'id,quote\nC1,x\nC2,"opens\nand\n\n# exportedAt: x\n', 3],
    ['after a BOM and the old metadata block', '\uFEFF# title,x\n\nid,quote,notes\nC1,"a\nb",ok\nC2,x,"open', 6],
    ['in the header', 'id,"quote\n', 1],
  ])('refuses an unterminated quote (%s) naming the line', (_, body, line) => {
    const found = failure(body);
    expect(found).toMatchObject({ field: '(file)', code: 'unterminated_quote' });
    expect(found.message).toMatch(new RegExp(`^Line ${line}: a quoted field opens here and never closes`));
  });

  it.each([
    ['inside an unquoted cell', 'id,quote\nC1,"a\nb"\nC2,5" screen\n', 4],
    ['after a closing quote', 'id,quote\nC1,"ok"x\n', 2],
  ])('refuses a quote out of place (%s) naming the line', (_, body, line) => {
    expect(failure(body)).toMatchObject({
      code: 'bad_quote',
      message: expect.stringMatching(new RegExp(`^Line ${line}: `)),
    });
  });

  it.each([
    ['', 'missing_header', 'empty'],
    ['\uFEFF', 'missing_header', 'empty'],
    ['\nid,quote\nC1,x\n', 'missing_header', 'Line 1 is empty'],
    ['# only\n# comments\n', 'missing_header', 'only comment lines'],
    ['quote,notes\nx,y\n', 'bad_header', 'no "id" column'],
    ['id,quote,id,quote,notes\nC1\n', 'bad_header', '"id", "quote"'],
    ['id,,quote\nC1,,x\n', 'bad_header', 'column 2'],
  ])('refuses the header of %j', (body, code, words) => {
    expect(failure(body)).toMatchObject({ field: '(file)', code, message: expect.stringContaining(words) });
  });

  it('gives a record with the wrong number of cells its own problem, with its line, and reads the others', () => {
    const result = read('id,quote\nC1,x\nC2,x,extra\nC3\nC4,y,,\n');
    expect(
      result.records.map((r) => [r.cells.id, r.problems.map((p) => `${p.field} ${p.code} ${p.message.split(':')[0]}`)]),
    ).toEqual([
      ['C1', []],
      ['C2', ['(row) wrong_cell_count Line 3']],
      ['C3', ['(row) wrong_cell_count Line 4']],
      ['C4', []],
    ]);
  });
});

describe('parseCsvUpload under generated tables (fast-check)', () => {
  const awkward = fc.string({
    unit: fc.constantFrom(
      '"',
      ',',
      '\n',
      '\r',
      '\r\n',
      '#',
      '=',
      '+',
      '-',
      '@',
      "'",
      ' ',
      '\t',
      'a',
      'é',
      '😀',
      '\uFEFF',
      '\u3000',
      '＝',
    ),
    maxLength: 8,
  });
  const cell = fc.oneof(hostileString, awkward, fc.string({ unit: 'grapheme', maxLength: 12 }));
  const table = fc
    .uniqueArray(fc.stringMatching(/^[a-z_]{1,10}$/), { maxLength: 4 })
    .map((names) => ['id', ...names.filter((n) => n !== 'id')])
    .chain((header) =>
      fc.tuple(
        fc.constant(header),
        fc.array(fc.array(cell, { minLength: header.length, maxLength: header.length }), { maxLength: 6 }),
      ),
    );
  const layout = fc.record({
    bom: fc.boolean(),
    leading: fc.array(
      awkward.map((t) => csvComment(t).trimEnd()),
      { maxLength: 3 },
    ),
    trailing: fc.array(awkward, { maxLength: 3 }),
  });
  const lineBreaks = (cells: string[]) => cells.reduce((n, c) => n + (c.match(/\r\n|\r|\n/g)?.length ?? 0), 0);

  it('reads back every cell toCsv wrote (neutralised, and restored exactly), each record at its line', () => {
    fc.assert(
      fc.property(table, layout, ([header, rows], { bom, leading, trailing }) => {
        const head = leading.length > 0 ? `${leading.join('\r\n')}\r\n\r\n` : '';
        const tail = trailing.length > 0 ? `\r\n${trailing.map(csvComment).join('')}` : '';
        const result = read(`${bom ? '\uFEFF' : ''}${head}${toCsv([header, ...rows])}${tail}`);

        let line = (leading.length > 0 ? leading.length + 1 : 0) + 2 + lineBreaks(header);
        const expected: { line: number; cells: string[] }[] = [];
        for (const row of rows) {
          const written = row.map(neutraliseCell);
          if (written.some((c) => c.trim() !== '')) expected.push({ line, cells: written });
          line += 1 + lineBreaks(written);
        }
        expect(result.header).toEqual(header);
        expect(result.records.map((r) => ({ line: r.line, cells: header.map((h) => r.cells[h]) }))).toEqual(expected);
        expect(result.records.every((r, i) => r.row === i + 1 && r.problems.length === 0)).toBe(true);
        const restored = result.records.map((r) => header.map((h) => restoreCell(r.cells[h] ?? '')));
        expect(restored).toEqual(rows.filter((row) => row.map(neutraliseCell).some((c) => c.trim() !== '')));
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('answers any text with a result or one file issue, never an exception', () => {
    fc.assert(
      fc.property(fc.oneof(awkward, hostileString, fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        const result = parseCsvUpload(`id,quote\n${text}`);
        if (!result.ok) expect(result.issue.message).toMatch(/^(Line \d+: |The )/);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
