/**
 * Requests and rows for the tests of every class of row issue 11 names, through the real server (SQLite in a temp
 * folder). Rows are SYNTHETIC variants of real claims.
 */
import { readFileSync } from 'node:fs';
import { ClaimSchema, type Claim } from '../../src/contract/claim-schema';
import { ImportReportSchema, type ImportReport } from '../../src/contract/write-schemas';
import { TOKENS, type TestServer } from '../testing/test-server';

type Server = TestServer;
export const notes = JSON.parse(readFileSync('data/research/reported-claims.json', 'utf8')) as Record<
  string,
  unknown
>[];
export const send = async (s: Server, body: unknown, query = '', contentType = 'application/json') => {
  const res = await s.request(`/api/imports?${query}`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    token: TOKENS.analyst,
  });
  return { status: res.status, body: (await res.json()) as unknown };
};
export const report = async (
  s: Server,
  body: unknown,
  query = 'mode=per-row',
  contentType?: string,
): Promise<ImportReport> => ImportReportSchema.parse((await send(s, body, query, contentType)).body);
export const claim = async (s: Server, id: string): Promise<Claim> =>
  ClaimSchema.parse(await (await s.request(`/api/claims/${id}`)).json());
export const codes = (r: ImportReport, id: string, kind: 'issues' | 'warnings' = 'issues') =>
  r.rows.find((row) => row.id === id)?.[kind].map((i) => i.code) ?? [];
export const row = (base: Claim, id: string, patch: Partial<Claim> = {}) => ({
  ...base,
  id,
  relatedClaimIds: [],
  contradictingClaimIds: [],
  ...patch,
});
