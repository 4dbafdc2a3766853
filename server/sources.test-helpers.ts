/** Reads of the source registry and of the claim list on a test server, for the sources tests. */
import { ClaimListResponseSchema, SourceListResponseSchema } from '../src/contract/responses';
import type { TestServer } from './testing/test-server';

type Server = TestServer;

export const sources = async (s: Server) =>
  SourceListResponseSchema.parse(await (await s.request('/api/sources')).json()).sources;
export const claimIds = async (s: Server, query: string) =>
  ClaimListResponseSchema.parse(await (await s.request(`/api/claims?${query}`)).json())
    .claims.map((c) => c.id)
    .sort();
