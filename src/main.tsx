import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, createPageQueryClient } from './app/app';
import { createRouter, routes } from './app/router';
import { env } from './config/env';
import { configureApiBase, configureApiReady } from './api/api-connection';
import { readPageState } from './app/render/read-page-state';
import { PRERENDERED_ELSEWHERE } from './contract/server-render';
import { preloadRouteCode } from './app/render/preload-route-code';
import { applyServerStyles } from './app/render/apply-server-styles';
import { loadChartLibrary } from './features/claim-charts/chart-surface';
import { applyTheme, initialThemeChoice } from './stores/theme-store';
import { hasStoredMockScenario } from './config/mock-scenario-storage';
import { MOCK_API_WORKER } from './config/mock-worker-files';
import { settlePageLocale, switchPageLocale } from './i18n/page-locale';
import './styles/app.css';
import './styles/phone.css';
// Secondary pages' styles ride with the first load: the server's HTML of those pages is styled before any script.
import './styles/methodology.css';
// Last, so that print rules win over the screen rules they undo.
import './styles/print.css';

/** Starts the demo's mock API (none in a real-API build), then marks `<html data-api-ready>` for tests and benchmarks. */
async function startMockApi() {
  await startMockWorkerIfAny();
  document.documentElement.dataset.apiReady = 'true';
}

async function startMockWorkerIfAny() {
  // Statically dead in a real-API build (VITE_API_MOCKING=disabled), so msw never reaches its bundle.
  if (import.meta.env.VITE_API_MOCKING === 'disabled') return;
  const [{ startMockWorker }, { requestedMockScenario }] = await Promise.all([
    import('../mocks/browser'),
    import('./config/mock-scenario'),
  ]);
  await startMockWorker(requestedMockScenario(), `${import.meta.env.BASE_URL}${MOCK_API_WORKER}`);
}

/** Lets the browser paint and handle input before the next step. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

configureApiBase(env.VITE_API_BASE_URL);
applyTheme(initialThemeChoice());
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// Before the page state is read: a reader whose language the address does not name gets an address that does.
const locale = settlePageLocale();
const pageState = readPageState();

/** Hydrates the server's page, or renders afresh. (No top-level await: it would split the entry into many chunks.) */
async function start(root: HTMLElement) {
  // English is in the bundle; another language's catalogue loads first (the server's HTML is already in it).
  await switchPageLocale(locale);
  if (pageState) {
    // The server's HTML is on screen: hydrate it in place with the data it was drawn from. The demo's mock worker
    // starts meanwhile; requests (none for the data already here) wait for it.
    configureApiReady(startMockApi().catch((error: unknown) => console.error('The mock API could not start', error)));
    await preloadRouteCode(routes, window.location);
    // The data, the router and the hydration each in a task of their own: input waits behind none of them long.
    // A demo tab that asked for a fault scenario gets it from its mock API, not the prerendered data.
    const mockScenario = import.meta.env.VITE_API_MOCKING !== 'disabled' && hasStoredMockScenario();
    const queryClient = createPageQueryClient(pageState, mockScenario ? null : Date.now());
    await nextTask();
    const router = createRouter();
    await nextTask();
    applyServerStyles(root);
    // In a transition, hydration works in slices of a few milliseconds and yields between them: no long task holds
    // the phone's main thread. Input on the page meanwhile hydrates what it touches at once.
    startTransition(() => {
      hydrateRoot(
        root,
        <StrictMode>
          <App pageState={pageState} queryClient={queryClient} router={router} />
        </StrictMode>,
        {
          onRecoverableError: (error) => console.error('Hydration did not match the server’s HTML', error),
        },
      );
    });
  } else {
    // A static host answers every address with the demo's prerendered default view: not this address's view.
    root.replaceChildren();
    document.documentElement.removeAttribute(PRERENDERED_ELSEWHERE);
    // Drawn in the browser alone: the charts' frames are recharts', so its code comes first.
    Promise.all([
      startMockApi().catch((error: unknown) => console.error('The mock API could not start', error)),
      loadChartLibrary().catch((error: unknown) => console.error('The chart library could not load', error)),
    ]).finally(() => {
      createRoot(root).render(
        <StrictMode>
          <App />
        </StrictMode>,
      );
    });
  }
}

// A server-rendered page is complete without a script: hydrating (the first heavy script work) waits for a frame.
if (pageState) requestAnimationFrame(() => setTimeout(() => void start(root), 0));
else void start(root);
