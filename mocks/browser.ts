import { setupWorker } from 'msw/browser';
import type { MockScenario } from './scenario-schema';
import { handlers } from './handlers';
import { setMockScenario } from './scenarios';
import { untilControlledByWorker } from './until-controlled-by-worker';

export const worker = setupWorker(...handlers);

/** Starts the mock API in the page, misbehaving as the scenario says (null: normal). */
export async function startMockWorker(scenario: MockScenario | null, workerUrl: string): Promise<void> {
  setMockScenario(scenario);
  await untilControlledByWorker(navigator.serviceWorker, workerUrl);
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: workerUrl } });
}
