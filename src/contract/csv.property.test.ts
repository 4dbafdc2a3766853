import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { neutraliseCell, parseCsv, restoreCell, toCsv } from './csv';
import { claimFromCsvRow } from './claim-from-csv-row';
import { ClaimSchema } from './claim-schema';
import { hostileString, PROPERTY_RUNS } from '@/testing/arbitraries';

describe('CSV under generated input (fast-check)', () => {
  it('parses any text without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(hostileString, fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        for (const row of parseCsv(text)) for (const cell of row) expect(typeof cell).toBe('string');
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('reads back exactly what it wrote, formula cells neutralised', () => {
    const rows = fc.array(fc.array(hostileString, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(rows, (written) => {
        // A row of one empty cell is an empty line, which a reader cannot tell from nothing.
        const meaningful = written.filter((r) => !(r.length === 1 && r[0] === ''));
        fc.pre(meaningful.length > 0);
        const read = parse(toCsv(meaningful), { record_delimiter: '\r\n', relax_column_count: true });
        expect(read).toEqual(meaningful.map((r) => r.map(neutraliseCell)));
        expect(read.map((r) => r.map(restoreCell))).toEqual(meaningful);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('neutralises so that restoreCell undoes it exactly, and leaves nothing a spreadsheet would evaluate', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          hostileString,
          fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', ' ', '\t', '\r', '\n', '\u3000', '＝', 'a') }),
        ),
        (cell) => {
          const written = neutraliseCell(cell);
          expect(restoreCell(written)).toBe(cell);
          expect(written).not.toMatch(/^[\s\u00a0\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/);
        },
      ),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('turns any row into a candidate claim or specific number issues, never an exception', () => {
    const columns = [
      'id',
      'metric',
      'topic',
      'kind',
      'value',
      'low',
      'high',
      'qualifier',
      'unit',
      'claimed_on',
      'speaker_organisation',
      'state',
      'url',
      'quote',
    ];
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...columns), hostileString), (record) => {
        const { candidate, numberIssues } = claimFromCsvRow(record);
        for (const issue of numberIssues) expect(issue.message.length).toBeGreaterThan(0);
        ClaimSchema.safeParse(candidate);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
