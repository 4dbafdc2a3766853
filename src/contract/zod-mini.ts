import * as z from 'zod/mini';
import { en } from 'zod/locales';

/*
 * The contract is written with zod/mini: the same schemas and parsing as classic zod, as
 * functions (`z.nullable(s)`, `s.check(z.refine(...))`) instead of methods, for 9.6 KB gzip in
 * the first page load instead of 24 (docs/decisions/008-contract-in-zod-mini.md).
 *
 * Classic zod sets English messages itself; zod/mini gives "Invalid input" unless told. Users and
 * API clients read these messages, so the contract keeps zod's English ones wherever it runs.
 */
z.config(en());

export { z };

/** Classic zod's `schema.describe(text)`: a copy of the schema carrying the description into the OpenAPI document. */
export function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  const copy = schema.clone();
  z.globalRegistry.add(copy, { description });
  return copy;
}
