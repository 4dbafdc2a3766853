/** Requests of the origin routes on a test server, for the origins tests. */
import { ApiErrorBodySchema, OriginListResponseSchema, OriginResponseSchema } from '../src/contract/responses';
import type { TestServer } from './testing/test-server';

type Server = TestServer;

/** In the default data: C060 and C089 repeat one NIS briefing; C046 (NIS) and C047 (US NSC) corroborate each other. */
export const NIS_BRIEFING = 'kr-nis.2024-12-19.intelligence_briefing';
export const NIS_OCTOBER = 'kr-nis.2024-10-23.intelligence_briefing';
export const NSC_OCTOBER = 'us-nsc.2024-10-23.official_statement';

export const postOrigin = (s: Server, path: string, body: unknown, token?: string) =>
  s.request(`/api/origins${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    token,
  });

export const originList = async (s: Server) =>
  OriginListResponseSchema.parse(await (await s.request('/api/origins')).json());
export const originAnswerOf = async (response: Response) => OriginResponseSchema.parse(await response.json());
export const errorOf = async (response: Response) => ApiErrorBodySchema.parse(await response.json()).error;
