// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { CsvUpload } from './csv-upload-types';
import { parseCsvUpload } from './parse-csv-upload';
import { read } from './parse-csv-upload.test-helpers';

const failure = (body: string) => {
  const result: CsvUpload = parseCsvUpload(body);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.issue;
};

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
