import { z } from 'zod';
import { loadConfig } from '../config';
import { openStore } from '../db/open-store';
import { seedIfEmpty } from '../db/seed-default';
import { hashToken, newToken } from '../auth/tokens';
import { originOf, signInLink } from '../start-message';

/** npm run token -- <name> <viewer|analyst|admin>: prints a new token once; only its hash is stored. */
const [name, role] = process.argv.slice(2);
const parsed = z
  .object({ name: z.string().min(1).max(100), role: z.enum(['viewer', 'analyst', 'admin']) })
  .safeParse({ name, role });
if (!parsed.success) {
  console.error('Usage: npm run token -- <name> <viewer|analyst|admin>');
  process.exit(2);
}
const config = loadConfig();
const store = await openStore(config);
await seedIfEmpty(store);
const token = newToken();
await store.tokens.add(parsed.data.name, parsed.data.role, hashToken(token));
await store.close();
console.log(`Token for ${parsed.data.name} (${parsed.data.role}), shown once:\n${token}`);
console.log(
  `A link that signs in to the dashboard of npm start: ${signInLink(originOf(config.HOST, config.PORT), token)}`,
);
