import { z } from '@/contract/zod-mini';

const EnvSchema = z.object({
  VITE_API_BASE_URL: z._default(
    z.string().check(z.regex(/^(\/|https?:\/\/)/, 'VITE_API_BASE_URL must be a path ("/api") or an http(s) address')),
    '/api',
  ),
  VITE_API_MOCKING: z._default(z.enum(['enabled', 'disabled']), 'enabled'),
});

/** The environment, parsed once at start-up: a bad value fails fast with the variable's name. */
export const env = EnvSchema.parse({
  VITE_API_BASE_URL: import.meta.env.VITE_API_BASE_URL || undefined,
  VITE_API_MOCKING: import.meta.env.VITE_API_MOCKING || undefined,
});
