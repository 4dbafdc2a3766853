import { MockScenarioSchema, scenarioFromParams, type MockScenario } from '../../mocks/scenario-schema';
import { MOCK_SCENARIO_STORAGE_KEY as STORAGE_KEY } from './mock-scenario-storage';

/**
 * The mock-API fault scenario this tab asked for: `?scenario=` in the address (kept for the rest
 * of the tab), or none. Always none in a real-API build.
 */
export function requestedMockScenario(search: string = globalThis.location?.search ?? ''): MockScenario | null {
  if (import.meta.env.VITE_API_MOCKING === 'disabled') return null;
  const fromUrl = scenarioFromParams(new URLSearchParams(search));
  try {
    if (fromUrl) {
      if (fromUrl.name === 'normal') sessionStorage.removeItem(STORAGE_KEY);
      else sessionStorage.setItem(STORAGE_KEY, JSON.stringify(fromUrl));
      return fromUrl.name === 'normal' ? null : fromUrl;
    }
    const stored = sessionStorage.getItem(STORAGE_KEY);
    if (stored === null) return null;
    const parsed = MockScenarioSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : null;
  } catch {
    // Storage refused (private mode) or held something unreadable: the address alone decides.
    return fromUrl && fromUrl.name !== 'normal' ? fromUrl : null;
  }
}
