// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { csvComment, toCsv } from '../../src/contract/csv';
import { read } from './parse-csv-upload.test-helpers';

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
