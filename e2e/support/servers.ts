/** The analyst the real server knows in e2e runs (CLAIMWATCH_TOKENS, set by playwright.config.ts). */
export const ANALYST = { name: 'e2e', role: 'analyst', token: 'e2e-analyst-token-0123456789' } as const;

/** The build folders: the static demo (msw in the page) and the real-API build the server serves. */
export const DEMO_OUT_DIR = process.env.E2E_OUT_DIR ?? 'dist-e2e';
export const API_OUT_DIR = process.env.E2E_API_OUT_DIR ?? 'dist-e2e-api';
