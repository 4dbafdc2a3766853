import type { Claim } from './claim-schema';
import type { SourceSummary } from './responses';

/** Speaker organisations with how many claims each made, most first: what GET /api/sources answers. */
export function sourceSummaries(claims: Claim[]): SourceSummary[] {
  const byOrganisation = new Map<string, SourceSummary>();
  for (const { speaker } of claims) {
    const entry = byOrganisation.get(speaker.organisation) ?? { organisation: speaker.organisation, type: speaker.type, country: speaker.country, claimCount: 0 };
    entry.claimCount += 1;
    byOrganisation.set(speaker.organisation, entry);
  }
  return [...byOrganisation.values()].sort((a, b) => b.claimCount - a.claimCount || a.organisation.localeCompare(b.organisation));
}
