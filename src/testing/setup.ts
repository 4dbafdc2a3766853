import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../../mocks/node';
import { configureApiBase } from '../api/api-connection';
import { setMockScenario } from '../../mocks/scenarios';

configureApiBase('http://localhost/api');

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  setMockScenario(null);
  globalThis.sessionStorage?.clear();
});
afterAll(() => server.close());
