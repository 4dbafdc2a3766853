import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { en } from '../i18n/catalogues/en';
import { activateLocale } from '../i18n/locale-store';
import { server } from '../../mocks/node';
import { setMockScenario } from '../../mocks/scenarios';
import { startTestFileAfresh } from './start-test-file-afresh';

// The app-wide stores, remembered with their first state so that each test file starts from it.
vi.mock('zustand', async (importOriginal) =>
  (await import('./zustand-with-resets')).zustandWithResets(await importOriginal()),
);

// This file runs before each test file; the modules it imports are loaded once per worker (isolation is off).
startTestFileAfresh();

// findBy and waitFor wait up to 5 s, not 1 s: a route's first render loads its chunk, which on a loaded 2-core
// machine (CI beside other work) has taken longer than a second. What never appears still fails.
configure({ asyncUtilTimeout: 5_000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
// Components are rendered alone, not through their routes (which load their pages' messages): every English message
// is at hand, and a test that switches language starts from English.
beforeEach(() => activateLocale('en', en));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  setMockScenario(null);
  globalThis.sessionStorage?.clear();
});
afterAll(() => server.close());
