// The exceptions are narrow: boot may load mocks/browser.ts, nothing else of the mock API.
export const startMockServer = () => import('../mocks/node');
