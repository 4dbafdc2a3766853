import { z } from 'zod';
import { formatIssues } from '../src/contract/issue-schema';
import { issuesFromZod } from '../src/contract/issues-from-zod';

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().default('127.0.0.1'),
  CLAIMWATCH_DATA_DIR: z.string().min(1).default('./.data'),
  /** PostgreSQL instead of the SQLite file in CLAIMWATCH_DATA_DIR: for several app servers on one database. */
  CLAIMWATCH_DATABASE_URL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .string()
      .regex(
        /^postgres(ql)?:\/\/\S+$/,
        'Expected a postgres:// URL, e.g. postgres://user:password@host:5432/claimwatch',
      )
      .optional(),
  ),
  CLAIMWATCH_READS: z.enum(['open', 'token']).default('open'),
  /** Tokens from the environment: "name:role:secret" entries separated by commas (hashed at start-up). */
  CLAIMWATCH_TOKENS: z.string().default(''),
  CLAIMWATCH_STATIC_DIR: z.string().optional(),
  /** Requests a minute one client may make: anonymous reads (by address), and writes (by address). 0 turns off. */
  CLAIMWATCH_READS_PER_MINUTE: z.coerce.number().int().min(0).default(1200),
  CLAIMWATCH_WRITES_PER_MINUTE: z.coerce.number().int().min(0).default(120),
  /** Behind a reverse proxy: count clients by the address it records in X-Forwarded-For, not by the proxy's own. */
  CLAIMWATCH_TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** Bytes of serialised and gzipped read answers each server keeps (the least recently used are let go first). */
  CLAIMWATCH_CACHE_BYTES: z.coerce
    .number()
    .int()
    .min(0)
    .default(64 * 1024 * 1024),
  /**
   * The sites that may frame the embed view (/embed): "*" (any), or origins separated by spaces or commas
   * ("https://news.example https://ministry.example"). Every other page refuses framing.
   */
  CLAIMWATCH_EMBED_ORIGINS: z
    .string()
    .default('*')
    .transform((value) => value.split(/[\s,]+/).filter(Boolean))
    .pipe(
      z
        .array(
          z
            .string()
            .regex(
              /^(\*|'self'|https?:\/\/(\*\.)?[a-z0-9.-]+(:\d{1,5})?)$/i,
              'Expected "*" or origins like https://news.example, separated by spaces or commas',
            ),
        )
        .min(1, 'Expected "*" or at least one origin'),
    ),
  CLAIMWATCH_BODY_LIMIT: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 * 1024)
    .default(5 * 1024 * 1024),
  /**
   * From how many claims a text search (`q`) asks the database's text index first (migration 009); below it, reading
   * every claim's text in memory takes a few milliseconds (docs/benchmarks.md).
   */
  CLAIMWATCH_SEARCH_INDEX_FROM: z.coerce.number().int().min(0).default(20_000),
  /**
   * From how many claims a second thread summarises half of each summary's charts (server/summaries), with a view of
   * the claims of its own: as much memory again. 0: never. Below 250,000 a summary takes one thread under 15 ms.
   */
  CLAIMWATCH_SUMMARY_THREAD_FROM: z.coerce.number().int().min(0).default(250_000),
});
export type ServerConfig = z.infer<typeof ConfigSchema>;

/** The server's environment, parsed once: a bad value stops start-up with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success)
    throw new Error(
      `Invalid server configuration: ${formatIssues(issuesFromZod(parsed.error, env, { whole: '(environment)' }))}`,
    );
  return parsed.data;
}
