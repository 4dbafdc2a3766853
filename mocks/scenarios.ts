import { delay, http, HttpResponse } from 'msw';
import { parseClaimFilters } from '../src/contract/claim-filter-params';
import { selectWithOrigins } from '../src/contract/origins/select-with-origins';
import type { Dataset } from '../src/contract/dataset-schema';
import type { MockScenario } from './scenario-schema';
import { defaultMockDataset, mockDataset, mockOriginDecisions, mockView, replaceMockDataset } from './mock-db';
import { errorResponse } from './api-error-response';
import { syntheticDataset } from './synthetic-claims';
import { hostileDataset } from './hostile-claims';

const NORMAL: MockScenario = { name: 'normal', claims: 10_000 };
let active: MockScenario = NORMAL;
/** Requests seen per endpoint since the scenario started: "fails three times, then answers". */
const requestCounts = new Map<string, number>();

function datasetFor(scenario: MockScenario): Dataset | null {
  const base = defaultMockDataset();
  if (scenario.name === 'large') return syntheticDataset(base, scenario.claims);
  if (scenario.name === 'empty') return { ...base, claims: [] };
  if (scenario.name === 'hostile') return hostileDataset(base);
  return null;
}

/** Makes the mock API misbehave as the scenario says (null: back to normal). */
export function setMockScenario(scenario: MockScenario | null): void {
  active = scenario ?? NORMAL;
  requestCounts.clear();
  replaceMockDataset(datasetFor(active));
}

export function activeMockScenario(): MockScenario {
  return active;
}

function countRequest(endpoint: string): number {
  const count = (requestCounts.get(endpoint) ?? 0) + 1;
  requestCounts.set(endpoint, count);
  return count;
}

/** Copies of real claims, each broken in one way, as a faulty API might send them. */
function withInvalidRecords(claims: unknown[]): unknown[] {
  const breakers: ((claim: Record<string, unknown>) => Record<string, unknown>)[] = [
    (c) => ({ ...c, figure: { ...(c.figure as object), value: -1500 } }),
    (c) => ({ ...c, verification: { ...(c.verification as object), state: 'rumoured' } }),
    (c) => ({ ...c, source: undefined }),
  ];
  return claims.map((claim, index) => {
    const breaker = breakers[index];
    return breaker && typeof claim === 'object' && claim !== null ? breaker({ ...claim }) : claim;
  });
}

const ALL_API = '*/api/*';
const CLAIM_LIST = '*/api/claims';

/**
 * Scenario handlers, placed before the happy path. A resolver that returns nothing lets the
 * request fall through to the normal handler, so "normal" costs nothing.
 */
export const scenarioHandlers = [
  http.all(ALL_API, async () => {
    if (active.name === 'slow') await delay(3000);
    if (active.name === 'offline') return HttpResponse.error();
    return undefined;
  }),
  http.get(CLAIM_LIST, async ({ request }) => {
    const attempt = countRequest('claims');
    switch (active.name) {
      case 'error-then-recover':
        return attempt <= 3
          ? errorResponse(500, 'internal', `Mock scenario: the server failed (request ${attempt} of 3 that fail).`)
          : undefined;
      case 'unavailable':
        return attempt <= 2
          ? errorResponse(503, 'unavailable', 'Mock scenario: the service is briefly unavailable.', undefined, {
              'retry-after': '2',
            })
          : undefined;
      case 'timeout':
        await delay('infinite');
        return undefined;
      case 'malformed-json':
        return new HttpResponse('{"claims": [{"id": "C003", "metricId": ', {
          headers: { 'content-type': 'application/json' },
        });
      case 'invalid-records': {
        const { filters, problems } = parseClaimFilters(new URL(request.url).searchParams);
        if (problems.length > 0) return undefined;
        const { claims, sources } = mockDataset();
        const selected = selectWithOrigins(
          claims,
          mockView().claims,
          { registry: sources, decisions: mockOriginDecisions() },
          filters,
        );
        return HttpResponse.json({ claims: withInvalidRecords(selected), total: claims.length });
      }
      default:
        return undefined;
    }
  }),
];
