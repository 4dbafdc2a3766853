import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { env } from './config/env';
import { configureApiBase } from './api/api-connection';
import { applyTheme, initialThemeChoice } from './stores/theme-store';
import './styles/app.css';
import './styles/phone.css';
// Last, so that print rules win over the screen rules they undo.
import './styles/print.css';

async function startMockApi() {
  // Statically dead in a real-API build (VITE_API_MOCKING=disabled), so msw never reaches its bundle.
  if (import.meta.env.VITE_API_MOCKING === 'disabled') return;
  const [{ startMockWorker }, { requestedMockScenario }] = await Promise.all([
    import('../mocks/browser'),
    import('./config/mock-scenario'),
  ]);
  await startMockWorker(requestedMockScenario(), `${import.meta.env.BASE_URL}mockServiceWorker.js`);
}

configureApiBase(env.VITE_API_BASE_URL);
applyTheme(initialThemeChoice());
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
startMockApi()
  .catch((error: unknown) => console.error('The mock API could not start', error))
  .finally(() => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
