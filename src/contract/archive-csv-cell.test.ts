import { formatArchiveCell, readArchiveCell } from './archive-csv-cell';
import { claimFromCsvRow } from './claim-from-csv-row';
import { ClaimSchema } from './claim-schema';
import { toExportRow } from './claim-csv';
import { neutraliseCell, restoreCell } from './csv';
import { makeClaim } from '@/testing/make-claim';

/* SYNTHETIC archive captures (archive.example, made-up hashes): not real archives. */
const HASH = 'ab12'.repeat(16);
const A = { url: 'https://archive.example/web/20250312/https://example.org/a', capturedOn: '2025-03-12', sha256: HASH };
const B = { url: 'http://archive.example/b?x=1&y=2', capturedOn: '2025-04-01', sha256: null };
const PIPE = { url: 'https://archive.example/c?q=a|b', capturedOn: '2025-05-01', sha256: null };

describe('the source_archives cell', () => {
  it('writes each copy as "day address [sha256:hex]", joined by " | "', () => {
    expect(formatArchiveCell([])).toBe('');
    expect(formatArchiveCell([A, B])).toBe(`2025-03-12 ${A.url} sha256:${HASH} | 2025-04-01 ${B.url}`);
  });

  it.each([
    ['none', []],
    ['one with a hash', [A]],
    ['two', [A, B]],
    ['an address holding "|" (a JSON list)', [A, PIPE]],
  ])('reads back what it writes: %s', (_name, archives) => {
    const cell = formatArchiveCell(archives);
    expect(readArchiveCell(restoreCell(neutraliseCell(cell)))).toEqual({ archives, issues: [] });
  });

  it('round-trips a claim through an export row and back', () => {
    const claim = makeClaim({ source: { ...makeClaim().source, archives: [A, PIPE, B] } });
    const { candidate, numberIssues } = claimFromCsvRow(toExportRow(claim, 'Troops'));
    expect(numberIssues).toEqual([]);
    expect(ClaimSchema.parse(candidate).source).toEqual(claim.source);
  });

  it.each([
    ["=cmd|' /C calc'!A0", /^Archived copy 1: expected "YYYY-MM-DD address"/],
    ['2025-03-12 javascript:alert(1)', /^Archived copy 1: "javascript:" addresses are refused/],
    [
      `2025-03-12 ${A.url} | 2025-03-12 https://archive.example/x sha256:abc`,
      /^Archived copy 2: A SHA-256 is exactly 64/,
    ],
    ['2025-02-30 https://archive.example/x', /^Archived copy 1: 2025-02-30 is not a real calendar day$/],
    ['https://archive.example/x 2025-03-12', /^Archived copy 1: Not a web address/],
    [`2025-03-12 https://archive.example/x md5:${HASH}`, /^Archived copy 1: expected/],
  ])('refuses %j, saying which copy and why, in the column', (cell, message) => {
    const { issues } = readArchiveCell(cell);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.field === 'source_archives')).toBe(true);
    expect(issues[0]?.message).toMatch(message);
  });

  it('gives a refusal for the row it is in', () => {
    const row = toExportRow(makeClaim(), 'Troops');
    const { numberIssues } = claimFromCsvRow({ ...row, source_archives: '2025-03-12 javascript:alert(1)' });
    expect(numberIssues.map((i) => [i.field, i.code])).toEqual([['source_archives', 'unsafe_scheme']]);
  });
});
