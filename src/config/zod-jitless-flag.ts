/**
 * Tells zod, before it loads, not to probe `new Function` for its JIT: our Content-Security-Policy
 * forbids eval, so the probe would fail anyway and be reported as a CSP violation on every page.
 * zod reads this object when its core module is first evaluated (see zod/v4/core/core.js).
 */
const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
holder.__zod_globalConfig = { ...holder.__zod_globalConfig, jitless: true };
export {};
