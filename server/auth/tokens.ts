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
export function registerEnvTokens(store: ClaimStore, spec: string): number {
  let count = 0;
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
    const hash = hashToken(secret);
    if (!store.findToken(hash)) store.addToken(name, role as Role, hash);
    count += 1;
  }
  return count;
}
