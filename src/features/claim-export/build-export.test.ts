import { parse } from 'csv-parse/sync';
import { ClaimFiltersSchema } from '@/contract/claim-filters';
import { EXPORT_COLUMNS, toExportRow } from '@/contract/claim-csv';
import { restoreCell } from '@/contract/csv';
import { makeClaim } from '@/testing/make-claim';
import { buildCsvExport, buildJsonExport, claimRowsFromCsv } from './build-export';

const hostile = makeClaim({
  id: 'H1',
  quote: { text: '=HYPERLINK("http://evil.example","click"), with "quotes"\nand a new line', language: 'en' },
  speaker: {
    name: '@admin',
    role: '+1 role',
    organisation: '-Org, Inc.',
    sourceId: null,
    country: 'KR',
    type: 'government',
  },
  notes: 'Ordinary note',
});
const context = {
  claims: [hostile, makeClaim({ id: 'N2', speaker: { ...hostile.speaker, organisation: 'NIS', sourceId: 'nis' } })],
  total: 64,
  filters: ClaimFiltersSchema.parse({ state: ['single_source'], asof: '2024-12-31' }),
  metricLabels: new Map([['troops_in_russia', 'Troops in Russia']]),
  exportedAt: new Date('2026-11-22T10:00:00Z'),
  viewUrl: 'https://claimwatch.example/?state=single_source',
};

/** How pandas (comment="#") or R read the export: the "#" lines are skipped. */
const readSkippingComments = (csv: string) =>
  parse(csv, { comment: '#', comment_no_infix: true, skip_empty_lines: true });
/** How a spreadsheet reads it: every line is a row. */
const readEveryLine = (csv: string) => parse(csv, { relax_column_count: true, skip_empty_lines: true });

describe('buildCsvExport', () => {
  it('starts with the header row and ends with the metadata as "#" lines after one empty line', () => {
    const csv = buildCsvExport(context);
    expect(csv.startsWith(`${EXPORT_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(csv.slice(csv.indexOf('\r\n\r\n# ') + 4).split('\r\n')).toEqual([
      '# title: Claimwatch export: reported claims with their sources',
      '# exportedAt: 2026-11-22T10:00:00.000Z',
      '# asOf: 2024-12-31',
      '# filters: state=single_source&asof=2024-12-31',
      '# claimCount: 2',
      '# totalClaims: 64',
      '# view: https://claimwatch.example/?state=single_source',
      '# caveat: Each row is a claim someone made and its verification state; not an established fact.',
      '# methodology: https://claimwatch.example/methodology',
      '',
    ]);
  });

  it('keeps each metadata line one text cell in column A, also with a comma or quote in the view address', () => {
    const csv = buildCsvExport({ ...context, viewUrl: 'https://claimwatch.example/?x=a,b&q="c"' });
    const comments = readEveryLine(csv).filter((row) => (row[0] ?? '').startsWith('#'));
    expect(comments).toHaveLength(9);
    for (const row of comments) expect(row).toHaveLength(1);
    expect(comments).toContainEqual(['# view: https://claimwatch.example/?x=a%2Cb&q=%22c%22']);
  });

  it('parses back to one row per claim holding every export cell, sources and source id included', () => {
    const parsed = readSkippingComments(buildCsvExport(context));
    expect(parsed[0]).toEqual([...EXPORT_COLUMNS]);
    const rows = claimRowsFromCsv(parsed);
    expect(rows.map((r) => r.id)).toEqual(['H1', 'N2']);
    expect(rows[0]).toMatchObject({
      speaker_organisation: "'-Org, Inc.",
      speaker_name: "'@admin",
      quote: '\'=HYPERLINK("http://evil.example","click"), with "quotes"\nand a new line',
      outlet: 'Test Outlet',
      source_url: 'https://example.org/article',
      provenance_chain: 'Test Organisation > Test Outlet',
      verification_state: 'single_source',
      metric_label: 'Troops in Russia',
    });
    expect(rows[1]?.speaker_source_id).toBe('nis');
    context.claims.forEach((claim, i) => {
      const restored = Object.fromEntries(
        Object.entries(rows[i] ?? {}).map(([column, cell]) => [column, restoreCell(cell)]),
      );
      expect(restored).toEqual(toExportRow(claim, context.metricLabels.get(claim.metricId) ?? claim.metricId));
    });
  });

  it('gives the same rows to a reader that does not skip "#" lines', () => {
    const csv = buildCsvExport(context);
    expect(claimRowsFromCsv(readEveryLine(csv))).toEqual(claimRowsFromCsv(readSkippingComments(csv)));
  });

  it('still finds the rows of an old export (metadata first)', () => {
    const old = '# title,Claimwatch export\r\n# caveat,"a, b"\r\n\r\nid,quote\r\nC1,x\r\n';
    expect(claimRowsFromCsv(readEveryLine(old))).toEqual([{ id: 'C1', quote: 'x' }]);
  });

  it('never leaves a cell that a spreadsheet would evaluate', () => {
    const cells = readEveryLine(buildCsvExport(context)).flat();
    expect(cells.filter((c) => /^[\s\u00a0\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/.test(c))).toEqual([]);
  });
});

describe('the origin of each claim', () => {
  const origin = 'kr-nis.2024-12-19.intelligence_briefing';
  const claims = [makeClaim({ id: 'O1', originId: origin }), makeClaim({ id: 'O2', originId: null })];
  const originColumns = (csv: string) =>
    claimRowsFromCsv(readSkippingComments(csv)).map((r) => [r.id, r.origin_id, r.origin_label]);
  const base = {
    label: 'NIS closed-door briefing',
    type: 'intelligence_briefing' as const,
    ownerId: 'kr-nis',
    ownerName: 'National Intelligence Service (NIS)',
    date: '2024-12-19',
    outlets: ['Test Outlet'],
    confirmed: false,
    decisions: [],
  };
  const origins = [
    { ...base, id: origin, claimIds: ['O1'] },
    { ...base, id: 'kr-nis.2024-12-20.intelligence_briefing', claimIds: ['X9'] },
  ];

  it('fills origin_id and origin_label in the CSV when the origins are known, and only origin_id otherwise', () => {
    expect(originColumns(buildCsvExport({ ...context, claims, origins }))).toEqual([
      ['O1', origin, 'NIS closed-door briefing (National Intelligence Service (NIS), 2024-12-19)'],
      ['O2', '', ''],
    ]);
    expect(originColumns(buildCsvExport({ ...context, claims }))).toEqual([
      ['O1', origin, ''],
      ['O2', '', ''],
    ]);
  });

  it('keeps originId on each claim of the JSON export', () => {
    const parsed = JSON.parse(buildJsonExport({ ...context, claims })) as { claims: { originId: string | null }[] };
    expect(parsed.claims.map((c) => c.originId)).toEqual([origin, null]);
  });

  it('carries the origins of its claims, and no other, in the JSON export', () => {
    const parsed = JSON.parse(buildJsonExport({ ...context, claims, origins })) as { origins: { id: string }[] };
    expect(parsed.origins.map((o) => o.id)).toEqual([origin]);
  });
});

describe('buildJsonExport', () => {
  it('holds the metadata and the claims in the API shape', () => {
    const parsed = JSON.parse(buildJsonExport(context)) as {
      meta: Record<string, unknown>;
      claims: { id: string; source: unknown }[];
    };
    expect(parsed.meta).toMatchObject({
      asOf: '2024-12-31',
      claimCount: 2,
      totalClaims: 64,
      exportedAt: '2026-11-22T10:00:00.000Z',
    });
    expect(parsed.claims).toEqual(context.claims);
  });
});
