/** The demo's mock API worker, which the page registers: msw's worker and one message more (public/mock-api-worker.js). */
export const MOCK_API_WORKER = 'mock-api-worker.js';

/** Every mock worker file the static demo ships: its own, and msw's, which it imports. A real-API build ships none. */
export const MOCK_WORKER_FILES = [MOCK_API_WORKER, 'mockServiceWorker.js'] as const;
