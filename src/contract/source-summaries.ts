import type { Claim } from './claim-schema';
import type { SourceSummary } from './responses';
import type { SourceEntity } from './source-schema';
import { SOURCE_REGISTRY_SEED } from './sources/source-registry-seed';
import { withSourceIds } from './sources/resolve-claim-sources';

/**
 * The source entities that have claims, with how many each, most first: what GET /api/sources
 * answers. A claim counts for its `speaker.sourceId` (the id `source=` filters on), else for what
 * its organisation resolves to in the registry.
 */
export function sourceSummaries(
  claims: Iterable<Claim>,
  registry: readonly SourceEntity[] = SOURCE_REGISTRY_SEED,
): SourceSummary[] {
  const [linked, notLinked]: [Claim[], Claim[]] = [[], []];
  for (const claim of claims) (claim.speaker.sourceId === null ? notLinked : linked).push(claim);
  const unlinked = withSourceIds(notLinked, [...registry]);
  const entities = new Map(unlinked.registry.map((e) => [e.id, e]));
  const summaries = new Map<string, SourceSummary>();
  for (const { speaker } of [...linked, ...unlinked.claims]) {
    const id = speaker.sourceId ?? '';
    const entity = entities.get(id);
    const summary = summaries.get(id) ?? {
      id,
      name: entity?.name ?? speaker.organisation,
      aliases: entity ? [...entity.aliases] : [],
      type: entity?.type ?? speaker.type,
      country: entity ? entity.country : speaker.country,
      claimCount: 0,
    };
    summary.claimCount += 1;
    summaries.set(id, summary);
  }
  return [...summaries.values()].sort(
    (a, b) => b.claimCount - a.claimCount || a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
  );
}
