import {
  ArchivedCopiesSchema,
  ArchivedCopySchema,
  MAX_ARCHIVED_COPIES,
  lacksArchivedCopy,
} from './archived-copy-schema';
import { ClaimSchema } from './claim-schema';
import { issuesFromZod } from './issues-from-zod';
import { makeClaim } from '@/testing/make-claim';

/* SYNTHETIC archive captures (example.org addresses, made-up hashes): not real reporting. */
const HASH = 'ab12'.repeat(16);
const copy = { url: 'https://web.archive.example/web/20250312/https://example.org/a', capturedOn: '2025-03-12' };

/** The issues of one archived copy as "field: code: message". */
const problems = (input: unknown) => {
  const parsed = ArchivedCopySchema.safeParse(input);
  return parsed.success ? [] : issuesFromZod(parsed.error, input).map((i) => `${i.field}: ${i.code}: ${i.message}`);
};

describe('ArchivedCopySchema', () => {
  it('accepts an http(s) address with a capture day; the hash is optional and read in lower case', () => {
    expect(ArchivedCopySchema.parse(copy)).toEqual({ ...copy, sha256: null });
    expect(ArchivedCopySchema.parse({ ...copy, url: 'http://archive.example/x', sha256: HASH.toUpperCase() })).toEqual({
      url: 'http://archive.example/x',
      capturedOn: '2025-03-12',
      sha256: HASH,
    });
  });

  it.each([
    [
      'javascript:alert(1)',
      /^url: unsafe_scheme: "javascript:" addresses are refused: an archived copy must be an http\(s\) address$/,
    ],
    ['JavaScript:alert(1)', /^url: unsafe_scheme: "javascript:" addresses are refused/],
    ['data:text/html,<b>x</b>', /^url: unsafe_scheme: "data:" addresses are refused/],
    ['ftp://archive.example/x', /^url: unsafe_scheme: "ftp:" addresses are refused/],
    ['//archive.example/x', /^url: bad_address: Not a web address/],
    ['archive.example/x', /^url: bad_address: Not a web address/],
    ['https://archive.example/a b', /^url: bad_address: An archive address cannot hold spaces/],
    ['https://', /^url: bad_address: Not a web address/],
  ])('refuses the address %j with a specific reason', (url, expected) => {
    const found = problems({ ...copy, url });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(expected);
  });

  it.each([
    ['ab12', /^sha256: bad_hash: A SHA-256 is exactly 64 hexadecimal characters; this has 4$/],
    [`${HASH}0`, /this has 65$/],
    [
      `${HASH.slice(0, 63)}g`,
      /^sha256: bad_hash: A SHA-256 is 64 hexadecimal characters \(0–9, a–f\) and nothing else$/,
    ],
    [`sha256:${HASH.slice(7)}`, /and nothing else$/],
  ])('refuses the hash %j', (sha256, expected) => {
    const found = problems({ ...copy, sha256 });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(expected);
  });

  it.each([
    ['2025-02-30', /^capturedOn: .*2025-02-30 is not a real calendar day$/],
    ['2025-13-01', /not a real calendar day$/],
    ['2025-03', /A capture date is a day: YYYY-MM-DD$/],
    ['12/03/2025', /A capture date is a day: YYYY-MM-DD$/],
    ['1066-10-14', /The year must be between 1990 and 2100$/],
  ])('refuses the capture date %j', (capturedOn, expected) => {
    const found = problems({ ...copy, capturedOn });
    expect(found[0]).toMatch(expected);
  });
});

describe('ArchivedCopiesSchema', () => {
  it('is empty when absent, so data written before archived copies stays valid', () => {
    expect(ArchivedCopiesSchema.parse(undefined)).toEqual([]);
    const { archives, ...before } = makeClaim().source;
    expect(archives).toEqual([]);
    expect(ClaimSchema.parse({ ...makeClaim(), source: before }).source.archives).toEqual([]);
  });

  it('refuses the same archive address twice, naming the repeat', () => {
    const parsed = ArchivedCopiesSchema.safeParse([copy, { ...copy, capturedOn: '2025-03-13' }]);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(issuesFromZod(parsed.error)).toEqual([
      {
        field: '1.url',
        code: 'duplicate_archive',
        message: 'The same archive address as archived copy 1: list each archived copy once',
      },
    ]);
  });

  it(`keeps at most ${MAX_ARCHIVED_COPIES} per address`, () => {
    const many = Array.from({ length: MAX_ARCHIVED_COPIES + 1 }, (_, i) => ({ ...copy, url: `${copy.url}?${i}` }));
    expect(ArchivedCopiesSchema.safeParse(many.slice(1)).success).toBe(true);
    const parsed = ArchivedCopiesSchema.safeParse(many);
    expect(parsed.success ? [] : issuesFromZod(parsed.error).map((i) => i.code)).toEqual(['too_many']);
  });

  it('reports a bad copy inside a claim at its path', () => {
    const claim = makeClaim();
    const input = { ...claim, source: { ...claim.source, archives: [copy, { ...copy, url: 'javascript:alert(1)' }] } };
    const parsed = ClaimSchema.safeParse(input);
    expect(parsed.success ? [] : issuesFromZod(parsed.error, input).map((i) => i.field)).toEqual([
      'source.archives.1.url',
    ]);
  });
});

describe('lacksArchivedCopy', () => {
  it('flags an address with no archived copy, and neither an archived address nor a source with no address', () => {
    expect(lacksArchivedCopy({ url: 'https://example.org/a', archives: [] })).toBe(true);
    expect(lacksArchivedCopy({ url: 'https://example.org/a', archives: [copy] })).toBe(false);
    expect(lacksArchivedCopy({ url: null, archives: [] })).toBe(false);
  });
});
