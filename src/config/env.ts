import { z } from 'zod';

const EnvSchema = z.object({
  VITE_API_BASE_URL: z
    .string()
    .regex(/^(\/|https?:\/\/)/, 'VITE_API_BASE_URL must be a path ("/api") or an http(s) address')
    .default('/api'),
  VITE_API_MOCKING: z.enum(['enabled', 'disabled']).default('enabled'),
});

/** The environment, parsed once at start-up: a bad value fails fast with the variable's name. */
export const env = EnvSchema.parse({
  VITE_API_BASE_URL: import.meta.env.VITE_API_BASE_URL || undefined,
  VITE_API_MOCKING: import.meta.env.VITE_API_MOCKING || undefined,
});
