import type { Claim } from '../claim-schema';
import { issue, type Issue } from '../issue-schema';
import type { SourceEntity } from '../source-schema';
import { resolveSource } from './resolve-source';

/**
 * Every claim with `speaker.sourceId` set: a claim that names a registry entity keeps it; any
 * other is resolved from its organisation, and the registry grows by the new entities this needs.
 * Warnings (a new source that resembles a known one; an unknown source id) are keyed by claim id.
 */
export function withSourceIds<T extends Pick<Claim, 'id' | 'speaker'>>(
  claims: readonly T[],
  registry: SourceEntity[],
): { claims: T[]; registry: SourceEntity[]; warnings: Map<string, Issue[]> } {
  const grown = [...registry];
  const known = new Set(grown.map((e) => e.id));
  const resolved = new Map<string, { id: string; warning: Issue | null }>();
  const warnings = new Map<string, Issue[]>();
  const withIds = claims.map((claim) => {
    const { speaker } = claim;
    if (speaker.sourceId !== null && known.has(speaker.sourceId)) return claim;
    const key = JSON.stringify([speaker.organisation, speaker.country, speaker.type]);
    let hit = resolved.get(key);
    if (!hit) {
      const { entity, isNew, warning } = resolveSource(speaker, grown);
      if (isNew) {
        grown.push(entity);
        known.add(entity.id);
      }
      hit = { id: entity.id, warning };
      resolved.set(key, hit);
    }
    const issues: Issue[] = [];
    if (speaker.sourceId !== null) {
      issues.push(
        issue(
          'speaker.sourceId',
          'unknown_source',
          `No source has the id "${speaker.sourceId}"; the claim was given "${hit.id}", what its organisation resolves to.`,
        ),
      );
    }
    if (hit.warning) issues.push(hit.warning);
    if (issues.length > 0) warnings.set(claim.id, issues);
    return { ...claim, speaker: { ...speaker, sourceId: hit.id } };
  });
  return { claims: withIds, registry: grown, warnings };
}
