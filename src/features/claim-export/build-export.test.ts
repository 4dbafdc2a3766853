import { ClaimFiltersSchema } from '@/api/claim-filters';
import { makeClaim } from '@/testing/make-claim';
import { buildCsvExport, buildJsonExport, claimRowsFromCsv } from './build-export';
import { neutraliseCell, parseCsv, toCsv } from '@/api/csv';

const hostile = makeClaim({
  id: 'H1',
  quote: { text: '=HYPERLINK("http://evil.example","click"), with "quotes"\nand a new line', language: 'en' },
  speaker: { name: '@admin', role: '+1 role', organisation: '-Org, Inc.', country: 'KR', type: 'government' },
  notes: 'Ordinary note',
});
const context = {
  claims: [hostile, makeClaim({ id: 'N2' })],
  total: 64,
  filters: ClaimFiltersSchema.parse({ state: ['single_source'], asof: '2024-12-31' }),
  metricLabels: new Map([['troops_in_russia', 'Troops in Russia']]),
  exportedAt: new Date('2026-11-22T10:00:00Z'),
  viewUrl: 'https://claimwatch.example/?state=single_source',
};

describe('csv', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tX', "'\tX"],
    ['plain', 'plain'],
  ])('neutralises %j', (input, expected) => expect(neutraliseCell(input)).toBe(expected));

  it('round-trips quotes, commas and new lines', () => {
    const rows = [['a', 'b,c', 'say "hi"', 'line\nbreak']];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});

describe('buildCsvExport', () => {
  it('starts with a metadata block and parses back to one row per claim, sources included', () => {
    const csv = buildCsvExport(context);
    expect(csv.startsWith('# title,')).toBe(true);
    expect(csv).toContain('# asOf,2024-12-31');
    expect(csv).toContain('# filters,state=single_source&asof=2024-12-31');
    const rows = claimRowsFromCsv(parseCsv(csv));
    expect(rows.map((r) => r.id)).toEqual(['H1', 'N2']);
    expect(rows[0]).toMatchObject({
      speaker_organisation: "'-Org, Inc.",
      speaker_name: "'@admin",
      quote: "'=HYPERLINK(\"http://evil.example\",\"click\"), with \"quotes\"\nand a new line",
      outlet: 'Test Outlet',
      source_url: 'https://example.org/article',
      provenance_chain: 'Test Organisation > Test Outlet',
      verification_state: 'single_source',
      metric_label: 'Troops in Russia',
    });
  });

  it('never leaves a cell that a spreadsheet would evaluate', () => {
    const cells = parseCsv(buildCsvExport(context)).flat();
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
  });
});

describe('buildJsonExport', () => {
  it('holds the metadata and the claims in the API shape', () => {
    const parsed = JSON.parse(buildJsonExport(context)) as { meta: Record<string, unknown>; claims: { id: string; source: unknown }[] };
    expect(parsed.meta).toMatchObject({ asOf: '2024-12-31', claimCount: 2, totalClaims: 64, exportedAt: '2026-11-22T10:00:00.000Z' });
    expect(parsed.claims[0]?.source).toEqual(hostile.source);
  });
});
