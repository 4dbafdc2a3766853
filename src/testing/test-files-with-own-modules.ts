/**
 * The test files that mock a module (`vi.mock`, `vi.doMock`): they run isolated, each with modules of its own
 * (vite.config.ts). `test-isolation.test.ts` checks that this list names exactly them.
 */
export const OWN_MODULES = ['src/features/claim-table/claim-table.test.tsx'];
