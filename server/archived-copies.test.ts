// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { ClaimSchema, type Claim } from '../src/contract/claim-schema';
import { ImportReportSchema } from '../src/contract/write-schemas';
import { TOKENS, testServerPool, type TestServer } from './testing/test-server';

/*
 * Archived copies through the real server: recorded in an edit, carried by both exports, read back by both imports,
 * and hostile cells refused row by row with nothing stored changed. SYNTHETIC captures (archive.example, made-up
 * hashes) on a real claim's address: made for this test, not real archives.
 */
const start = testServerPool();
const HASH = 'ab12'.repeat(16);
const ARCHIVES: Claim['source']['archives'] = [
  { url: 'https://archive.example/web/20250312/c040', capturedOn: '2025-03-12', sha256: HASH },
  { url: 'https://archive.example/c040?a|b', capturedOn: '2025-04-01', sha256: null },
];

async function recordArchives(s: TestServer, id: string, archives: Claim['source']['archives']) {
  const claim = ClaimSchema.parse(await (await s.request(`/api/claims/${id}`)).json());
  const { verification, ...rest } = claim;
  const answer = await s.request(`/api/claims/${id}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      ...rest,
      id: undefined,
      source: { ...claim.source, archives },
      verification: {
        note: verification.note,
        contestedBy: verification.contestedBy,
        laterDevelopments: verification.laterDevelopments,
      },
    }),
    token: TOKENS.analyst,
  });
  expect(answer.status).toBe(200);
  return ClaimSchema.parse(await answer.json());
}

const upload = (s: TestServer, body: string, type: string, query = '') =>
  s.request(`/api/imports${query}`, { method: 'POST', headers: { 'content-type': type }, body, token: TOKENS.analyst });

describe('archived copies through the server', () => {
  it.each(['csv', 'json'] as const)(
    '%s: exported, then imported into a new server, give the same claim',
    async (format) => {
      const first = await start();
      const saved = await recordArchives(first, 'C040', ARCHIVES);
      expect(saved.source.archives).toEqual(ARCHIVES);
      const file = await (await first.request(`/api/claims/export?format=${format}`)).text();
      if (format === 'csv') {
        const rows = parse(file, { columns: true, comment: '#', skip_empty_lines: true }) as Record<string, string>[];
        const row = rows.find((r) => r.id === 'C040');
        expect(row?.source_archives).toBe(
          JSON.stringify([`2025-03-12 ${ARCHIVES[0]?.url} sha256:${HASH}`, `2025-04-01 ${ARCHIVES[1]?.url}`]),
        );
      } else expect(file).toContain(`"sha256": "${HASH}"`);

      // The same server: nothing changes.
      const again = ImportReportSchema.parse(
        await (await upload(first, file, format === 'csv' ? 'text/csv' : 'application/json', '?dryRun=true')).json(),
      );
      expect(again.rows.filter((r) => r.id === 'C040').map((r) => r.status)).toEqual(['unchanged']);
      // A new server, with C040 as shipped (no archived copy): the import brings the copies.
      const second = await start();
      const imported = await upload(
        second,
        file,
        format === 'csv' ? 'text/csv' : 'application/json',
        '?overwrite=true',
      );
      expect(imported.status).toBe(200);
      const claim = ClaimSchema.parse(await (await second.request('/api/claims/C040')).json());
      expect(claim.source).toEqual(saved.source);
    },
  );

  it.each([
    ["=cmd|' /C calc'!A0", 'bad_archive_entry', /^Archived copy 1: expected "YYYY-MM-DD address"/],
    ['2025-03-12 javascript:alert(document.cookie)', 'unsafe_scheme', /"javascript:" addresses are refused/],
    ['2025-03-12 https://archive.example/x sha256:abc', 'bad_hash', /exactly 64 hexadecimal characters; this has 3/],
    ['2025-02-30 https://archive.example/x', 'invalid', /2025-02-30 is not a real calendar day/],
  ])('a CSV cell %j is refused for its row and field; nothing stored changes', async (cell, code, message) => {
    const s = await start();
    await recordArchives(s, 'C040', ARCHIVES);
    const file = await (await s.request('/api/claims/export?format=csv')).text();
    const rows = parse(file, { comment: '#', skip_empty_lines: true }) as string[][];
    const header = rows[0] ?? [];
    const column = header.indexOf('source_archives');
    const c040 = rows.findIndex((r) => r[0] === 'C040');
    const hostile = rows.map((r, i) => (i === c040 ? r.map((v, j) => (j === column ? cell : v)) : r));
    const csv = hostile.map((r) => r.map((v) => `"${v.replace(/"/g, '""')}"`).join(',')).join('\r\n');
    const answer = await upload(s, csv, 'text/csv', '?overwrite=true');
    expect(answer.status).toBe(422);
    const report = ImportReportSchema.parse(await answer.json());
    expect(report.committed).toBe(false);
    const refused = report.rows.find((r) => r.id === 'C040');
    expect(refused?.status).toBe('refused');
    expect(refused?.row).toBe(c040);
    expect(refused?.issues.map((i) => [i.field, i.code])).toContainEqual(['source_archives', code]);
    expect(refused?.issues.find((i) => i.field === 'source_archives')?.message).toMatch(message);
    const stored = ClaimSchema.parse(await (await s.request('/api/claims/C040')).json());
    expect(stored.source.archives).toEqual(ARCHIVES);
  });

  it('a claims-JSON import names the copy and field of a bad one', async () => {
    const s = await start();
    const claim = ClaimSchema.parse(await (await s.request('/api/claims/C040')).json());
    const bad = {
      ...claim,
      source: { ...claim.source, archives: [{ url: 'javascript:alert(1)', capturedOn: '2025-03-12' }] },
    };
    const answer = await upload(s, JSON.stringify({ claims: [bad] }), 'application/json', '?dryRun=true');
    const report = ImportReportSchema.parse(await answer.json());
    expect(report.rows[0]?.issues.map((i) => [i.field, i.code])).toEqual([['source.archives.0.url', 'unsafe_scheme']]);
  });
});
