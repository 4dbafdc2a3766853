import { z } from './zod-mini';

export const ClaimIdSchema = z
  .string()
  .check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'Claim ids are letters, digits, "-" and "_" (at most 64)'));
