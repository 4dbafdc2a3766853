// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ImportReportSchema } from '../src/contract/write-schemas';
import { TOKENS, testServerPool } from './testing/test-server';

const start = testServerPool();

/** The export's lines that differ between two answers by design: when it was made, and the address asked. */
const withoutWhenAndWhere = (text: string) =>
  text.replace(/("exportedAt": |# exportedAt: )[^\r\n]+/g, '$1…').replace(/("view": |# view: )[^\r\n]+/g, '$1…');

describe('GET /api/claims/export', () => {
  it.each(['format=csv&state=corroborated', 'format=json&asof=2024-12-31', 'format=csv&q=zelensky', ''])(
    '"%s": the mock and the server stream the same file',
    async (query) => {
      const s = await start();
      const real = await s.request(`/api/claims/export?${query}`);
      const mock = await fetch(`http://localhost/api/claims/export?${query}`);
      expect([real.status, mock.status]).toEqual([200, 200]);
      expect(real.headers.get('content-type')).toBe(mock.headers.get('content-type'));
      expect(real.headers.get('content-disposition')).toMatch(
        /^attachment; filename="claimwatch-claims-.*\.(csv|json)"$/,
      );
      expect(withoutWhenAndWhere(await real.text())).toBe(withoutWhenAndWhere(await mock.text()));
    },
  );

  it.each(['csv', 'json'])('%s: imported back, changes nothing', async (format) => {
    const s = await start();
    const file = await (await s.request(`/api/claims/export?format=${format}`)).text();
    const answer = await s.request('/api/imports?dryRun=true', {
      method: 'POST',
      headers: { 'content-type': format === 'csv' ? 'text/csv' : 'application/json' },
      body: file,
      token: TOKENS.analyst,
    });
    expect(answer.status).toBe(200);
    const report = ImportReportSchema.parse(await answer.json());
    expect(report.rows.length).toBeGreaterThan(50);
    expect(report.rows.filter((r) => r.status !== 'unchanged')).toEqual([]);
  });

  it('refuses an unknown format or filter, naming it', async () => {
    const s = await start();
    const answer = await s.request('/api/claims/export?format=xlsx&colour=red');
    expect(answer.status).toBe(400);
    const body = JSON.stringify(await answer.json());
    expect(body).toContain('"field":"format"');
    expect(body).toContain('"field":"colour"');
  });
});
