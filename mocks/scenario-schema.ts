import { z } from 'zod';

/**
 * Fault scenarios of the MOCK API, for tests and demos: `?scenario=<name>` on a page served with
 * the mock (dev server, static demo) makes the mock misbehave in that way for the rest of the tab.
 * They never exist in a real-API build, whose requests go to a real server.
 */
export const MOCK_SCENARIOS = {
  normal: 'The mock answers every request at once.',
  slow: 'Every API request takes 3 seconds.',
  'error-then-recover': 'The claims list fails with 500 three times in a row, then answers again.',
  unavailable: 'The claims list answers 503 with Retry-After: 2 twice, then answers.',
  timeout: 'The claims list never answers; the dashboard gives up after its time limit.',
  offline: 'Every API request fails as if the network were down.',
  'malformed-json': 'The claims list answers with a body that is not valid JSON.',
  'invalid-records': 'The claims list includes records that break the contract.',
  empty: 'The API holds no claims.',
  large: 'The API holds SYNTHETIC claims (10,000 unless scenarioClaims=N says otherwise), not real reporting.',
  hostile: 'The API also holds SYNTHETIC claims whose texts and addresses try to inject markup and script.',
} as const;

export type MockScenarioName = keyof typeof MOCK_SCENARIOS;
export const MockScenarioNameSchema = z.enum(Object.keys(MOCK_SCENARIOS) as [MockScenarioName, ...MockScenarioName[]]);

export const MockScenarioSchema = z.object({
  name: MockScenarioNameSchema,
  /** Claims in the "large" scenario. */
  claims: z.coerce.number().int().min(1).max(200_000).default(10_000),
});
export type MockScenario = z.infer<typeof MockScenarioSchema>;

/** The scenario a page's URL asks for, or null when none (or a bad one) is named. */
export function scenarioFromParams(params: URLSearchParams): MockScenario | null {
  const name = params.get('scenario');
  if (name === null) return null;
  const parsed = MockScenarioSchema.safeParse({ name, claims: params.get('scenarioClaims') ?? undefined });
  return parsed.success ? parsed.data : null;
}
