// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvComment, neutraliseCell, restoreCell, toCsv } from '../../src/contract/csv';
import { hostileString, PROPERTY_RUNS } from '../../src/testing/arbitraries';
import { parseCsvUpload } from './parse-csv-upload';
import { read } from './parse-csv-upload.test-helpers';

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
