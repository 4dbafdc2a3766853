import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../../mocks/node';
import { configureApiBase } from '../api/api-client';
import { replaceMockDataset } from '../../mocks/mock-db';

configureApiBase('http://localhost/api');

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  replaceMockDataset(null);
});
afterAll(() => server.close());
