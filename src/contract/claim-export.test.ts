import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeClaim } from '@/testing/make-claim';
import { DEFAULT_CLAIM_FILTERS } from './claim-filters';
import { exportMeta, jsonExportChunks, csvExportChunks, originExportLabel, parseExportParams } from './claim-export';
import { EXPORT_COLUMNS, toExportRow } from './claim-csv';
import { csvComment, toCsv } from './csv';
import type { Origin } from './origins/origin-schema';
import { withOrigins } from './origins/with-origins';
import { withSourceIds } from './sources/resolve-claim-sources';
import { EXPORT_WORDS } from './export-words';
import { parseClaimFilters } from './claim-filter-params';

// SYNTHETIC claims of three organisations over a few days and two metrics: some share an origin, some not.
const generated = Array.from({ length: 40 }, (_, i) =>
  makeClaim({
    id: `X${String(i).padStart(2, '0')}`,
    metricId: i % 3 === 0 ? 'containers_shipped' : 'troops_in_russia',
    claimedOn: `2024-10-${String(10 + (i % 5)).padStart(2, '0')}`,
    speaker: { ...makeClaim().speaker, organisation: ['Org "A", Inc', 'Org B', '=Org C'][i % 3] ?? 'Org B' },
    notes: i % 4 === 0 ? 'A note, with "quotes"\nand a line break' : null,
  }),
);
const linked = withSourceIds(generated, []);
const { claims, origins } = withOrigins(linked.claims, linked.registry);
const metricLabels = new Map([
  ['troops_in_russia', 'Troops in Russia'],
  ['containers_shipped', 'Containers shipped'],
]);
const meta = exportMeta({
  filters: DEFAULT_CLAIM_FILTERS,
  claimCount: claims.length,
  totalClaims: claims.length,
  exportedAt: new Date('2026-12-02T00:00:00Z'),
  view: 'https://example.org/?q=a,"b"',
});
const join = (chunks: Iterable<string>) => [...chunks].join('');

describe('export chunks', () => {
  it('JSON: any subset of the claims, in chunks, is exactly JSON.stringify of { meta, claims, origins }', () => {
    expect(origins.length).toBeGreaterThan(1);
    fc.assert(
      fc.property(fc.subarray(claims), (subset) => {
        const used = new Set(subset.map((c) => c.originId));
        const kept: Origin[] = (origins as Origin[]).filter((o) => used.has(o.id));
        const expected = `${JSON.stringify({ meta, claims: subset, origins: kept }, null, 2)}\n`;
        expect(join(jsonExportChunks({ claims: subset, meta, metricLabels, origins: origins as Origin[] }))).toBe(
          expected,
        );
      }),
      { numRuns: 60 },
    );
  });

  it('CSV: the dashboard file, from chunks of 500: the header, a row per claim, then the metadata', () => {
    const input = { claims, meta, metricLabels, origins: origins as Origin[] };
    const labels = new Map((origins as Origin[]).map((o) => [o.id, originExportLabel(o)]));
    const rows = claims.map((c) => {
      const row = toExportRow(c, metricLabels.get(c.metricId) ?? c.metricId, labels.get(c.originId ?? '') ?? null);
      return EXPORT_COLUMNS.map((column) => row[column]);
    });
    const comments = Object.entries(meta).map(([key, value]) => csvComment(`${key}: ${String(value)}`));
    expect(join(csvExportChunks(input))).toBe(`${toCsv([[...EXPORT_COLUMNS], ...rows])}\r\n${comments.join('')}`);

    const many = Array.from({ length: 1_234 }, (_, i) => ({ ...claims[i % claims.length]!, id: `SYN-${i}` }));
    const text = join(csvExportChunks({ claims: many, meta, metricLabels, origins: origins as Origin[] }));
    const lines = text.split('\r\n');
    expect(lines[0]?.startsWith('id,')).toBe(true);
    expect(lines.filter((l) => l.startsWith('SYN-')).length).toBe(1_234);
    expect(text).toContain('\r\n\r\n# title: Claimwatch export');
    expect(text).not.toContain('\r\n\r\nSYN-');
  });

  it('reads format, refusing anything but csv or json', () => {
    expect(parseExportParams(new URLSearchParams('format=json&state=corroborated')).format).toBe('json');
    expect(parseExportParams(new URLSearchParams('')).format).toBe('csv');
    expect(parseExportParams(new URLSearchParams('format=xlsx')).problems).toEqual([
      expect.objectContaining({ param: 'format' }),
    ]);
  });
});

describe('an export in the reader’s language', () => {
  const input = {
    filters: parseClaimFilters(new URLSearchParams('state=corroborated')).filters,
    claimCount: 1,
    totalClaims: 2,
    exportedAt: new Date('2025-06-01T00:00:00Z'),
    view: 'http://127.0.0.1:8787/?state=corroborated&lang=ko',
  };

  it('words its title and caveat in that language and links the methodology in it; keys and filters stay', () => {
    const ko = exportMeta({ ...input, locale: 'ko' });
    expect(ko.title).toBe(EXPORT_WORDS.ko.title);
    expect(ko.caveat).toBe(EXPORT_WORDS.ko.caveat);
    expect(ko.methodology).toBe('http://127.0.0.1:8787/methodology?lang=ko');
    expect(ko.filters).toBe('state=corroborated');
    expect(exportMeta(input).title).toBe(EXPORT_WORDS.en.title);
    expect(exportMeta(input).methodology).toBe('http://127.0.0.1:8787/methodology');
  });

  it('reads lang from the export query and refuses a language it does not speak', () => {
    expect(parseExportParams(new URLSearchParams('format=json&lang=uk'))).toMatchObject({ locale: 'uk', problems: [] });
    expect(parseExportParams(new URLSearchParams('lang=fr')).problems).toEqual([
      { param: 'lang', value: 'fr', reason: 'Must be one of en, ko, uk' },
    ]);
  });
});
