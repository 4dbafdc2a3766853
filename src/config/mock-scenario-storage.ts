/** Where a tab keeps the mock-API fault scenario it asked for (`?scenario=`), for the rest of the tab. */
export const MOCK_SCENARIO_STORAGE_KEY = 'claimwatch:mock-scenario';

/** True when this tab keeps a mock-API fault scenario (never in a real-API build, whose pages hold no scenario). */
export function hasStoredMockScenario(): boolean {
  try {
    return sessionStorage.getItem(MOCK_SCENARIO_STORAGE_KEY) !== null;
  } catch {
    return false;
  }
}
