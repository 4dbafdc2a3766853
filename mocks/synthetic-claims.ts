import type { Claim } from '../src/contract/claim-schema';
import type { Dataset } from '../src/contract/dataset-schema';
import { CLAIM_KINDS, SPEAKER_TYPES, VERIFICATION_STATES } from '../src/contract/vocabulary';

/**
 * SYNTHETIC claims for benchmarks, load tests and the mock API's "large" scenario. They are not
 * real reporting: every outlet, speaker and quote says so, and the ids start with "SYN-".
 * The same seed always gives the same claims (mulberry32), so runs can be compared.
 */
export const SYNTHETIC_OUTLET = 'Synthetic benchmark data (not real reporting)';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const DAY_MS = 86_400_000;
const START = Date.UTC(2023, 7, 1);
const DAYS = 800;

/** `count` synthetic claims spread over the metrics given (ids, topics), from August 2023 on. */
export function syntheticClaims(
  count: number,
  metrics: { id: string; topic: Claim['topic'] }[],
  seed = 20241018,
): Claim[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const claims: Claim[] = [];
  for (let i = 0; i < count; i += 1) {
    const metric = pick(metrics);
    const day = new Date(START + Math.floor(random() * DAYS) * DAY_MS);
    const date = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
    const value = Math.round(100 + random() * 15_000);
    const ranged = random() < 0.15;
    const state = pick(VERIFICATION_STATES);
    const source = i % 40;
    claims.push({
      id: `SYN-${String(i + 1).padStart(6, '0')}`,
      metricId: metric.id,
      topic: metric.topic,
      kind: pick(CLAIM_KINDS.filter((k) => k !== 'denial' && k !== 'non_denial' && k !== 'confirmation')),
      figure: ranged
        ? {
            value: null,
            low: value,
            high: value + Math.round(random() * 3000),
            text: null,
            qualifier: null,
            bound: 'approximate',
            unit: 'synthetic units',
          }
        : { value, low: null, high: null, text: null, qualifier: null, bound: 'exact', unit: 'synthetic units' },
      claimedOn: date,
      claimedOnBasis: null,
      figureAsOf: null,
      figureAsOfNote: null,
      speaker: {
        name: null,
        role: null,
        organisation: `Synthetic source ${source + 1}`,
        sourceId: null,
        country: null,
        type: pick(SPEAKER_TYPES),
      },
      source: { outlet: SYNTHETIC_OUTLET, url: null, publishedOn: date, language: 'en', archives: [] },
      provenance: [`Synthetic source ${source + 1}`],
      quote: { text: `Synthetic claim ${i + 1} for benchmarks; not real reporting.`, language: 'en' },
      verification: {
        state,
        note: null,
        history: [{ date, from: null, to: state, rationale: 'Synthetic benchmark claim', by: null }],
        contestedBy: [],
        laterDevelopments: null,
      },
      grade: null,
      gradeHistory: [],
      relatedClaimIds: [],
      contradictingClaimIds: [],
      originId: null,
      corroboration: { independent: [], sameOrigin: [], sameOwner: [], unknownOrigin: [] },
      warnings: [],
      notes: 'SYNTHETIC: generated for benchmarks and tests, not real reporting.',
    });
  }
  return claims;
}

/** The default dataset's metrics and events with `count` synthetic claims in place of the real ones. */
export function syntheticDataset(base: Dataset, count: number, seed?: number): Dataset {
  return {
    ...base,
    description: `SYNTHETIC: ${count} generated claims for benchmarks and tests (seed ${seed ?? 20241018}); not real reporting.`,
    claims: syntheticClaims(count, base.metrics, seed),
  };
}
