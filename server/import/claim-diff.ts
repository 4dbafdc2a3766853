import type { Claim } from '../../src/contract/claim-schema';
import type { FieldDiff } from '../../src/contract/write-schemas';
import { isRecord } from '../../src/contract/is-record';

/**
 * What a claim says, for comparing an imported row with the stored claim: everything but the
 * verification and grade histories (append-only, the server's record of changes), the import's own warnings
 * and what the API derives (origin, corroboration). The state is compared; a different state is a difference.
 */
function comparable(claim: Claim): Record<string, unknown> {
  const { state, note, contestedBy, laterDevelopments } = claim.verification;
  return {
    ...claim,
    warnings: null,
    gradeHistory: null,
    originId: null,
    corroboration: null,
    verification: { state, note, contestedBy, laterDevelopments },
  };
}

function flatten(value: unknown, path: string, into: Map<string, string | null>) {
  if (isRecord(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, path ? `${path}.${key}` : key, into);
    return;
  }
  if (Array.isArray(value)) {
    into.set(
      path,
      value.length === 0 ? null : value.map((v) => (isRecord(v) ? JSON.stringify(v) : String(v))).join(' | '),
    );
    return;
  }
  into.set(path, value === null || value === undefined ? null : String(value));
}

/** Each field where the incoming claim differs from the stored one, as text; empty when they say the same. */
export function diffClaims(existing: Claim, incoming: Claim): FieldDiff[] {
  const before = new Map<string, string | null>();
  const after = new Map<string, string | null>();
  flatten(comparable(existing), '', before);
  flatten(comparable(incoming), '', after);
  const fields = [...new Set([...before.keys(), ...after.keys()])];
  return fields.flatMap((field) => {
    const a = before.get(field) ?? null;
    const b = after.get(field) ?? null;
    return a === b ? [] : [{ field, existing: a, incoming: b }];
  });
}
