import { configureApiBase, setBearerToken } from '../api/api-connection';
import { setMockScenario } from '../../mocks/scenarios';
import { resetStores } from './zustand-with-resets';

/**
 * The unit tests run without isolation (vite.config.ts): a worker runs one test file after another in the same page
 * and with the same modules loaded. Each file starts from what a fresh load would give it: an empty page at the
 * site's root, empty storage, the app-wide stores in their first state, no token, the mock API's default data.
 */
export function startTestFileAfresh(): void {
  if (typeof document !== 'undefined') {
    document.head.replaceChildren();
    document.body.replaceChildren();
    for (const { name } of [...document.documentElement.attributes]) document.documentElement.removeAttribute(name);
    history.replaceState(null, '', '/');
    localStorage.clear();
    sessionStorage.clear();
  }
  resetStores();
  setBearerToken(null);
  configureApiBase('http://localhost/api');
  setMockScenario(null);
}
