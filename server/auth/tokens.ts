import { createHash, randomBytes } from 'node:crypto';
import type { ClaimStore, Role } from '../store/claim-store';

const ROLES: Role[] = ['viewer', 'analyst', 'admin'];

/** Tokens are long random secrets, so a SHA-256 digest is enough to store them without keeping them. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function newToken(): string {
  return `cw_${randomBytes(24).toString('base64url')}`;
}

/** Registers "name:role:secret" entries from the environment (stored hashed, idempotently). */
export async function registerEnvTokens(store: ClaimStore, spec: string): Promise<number> {
  const entries: { name: string; role: Role; hash: string }[] = [];
  for (const entry of spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [name, role, secret] = entry.split(':');
    if (!name || !secret || !ROLES.includes(role as Role))
      throw new Error(
        `CLAIMWATCH_TOKENS entry "${name ?? ''}:${role ?? ''}:…" must be name:role:secret with role viewer, analyst or admin`,
      );
    if (secret.length < 16) throw new Error(`The token for "${name}" is too short: use at least 16 characters`);
    entries.push({ name, role: role as Role, hash: hashToken(secret) });
  }
  if (entries.length > 0)
    await store.transaction(async (tx) => {
      for (const { name, role, hash } of entries)
        if (!(await tx.tokens.find(hash))) await tx.tokens.add(name, role, hash);
    }, 'claimwatch tokens');
  return entries.length;
}
