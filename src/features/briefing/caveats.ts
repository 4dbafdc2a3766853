import type { Claim } from '@/contract/claim-schema';
import { VERIFICATION_STATES } from '@/contract/vocabulary';
import { VERIFICATION_STATE_LABELS } from '@/lib/labels';
import { countOrigins, originCountsText } from '@/lib/origin-counts';

export interface Caveats {
  /** The organisations (data, to be isolated where shown). */
  sources: string[];
  /** "12 claims from 5 origins; 3 origins single-source; 2 of unknown origin": repeats are not more evidence. */
  origins: string;
  states: string;
  grades: string;
  warnings: string[];
}

/** The small print every slide carries, built from the claims it shows. */
export function caveatsFor(claims: Claim[]): Caveats {
  const organisations = [...new Set(claims.map((c) => c.speaker.organisation))];
  const states = VERIFICATION_STATES.map((s) => [s, claims.filter((c) => c.verification.state === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${VERIFICATION_STATE_LABELS[s].toLowerCase()}`);
  const graded = claims.filter((c) => c.grade?.reliability || c.grade?.credibility).length;
  const warnings: string[] = [];
  const projections = claims.filter((c) => c.kind === 'projection_warning').length;
  if (projections)
    warnings.push(
      `${projections} of these figures ${projections === 1 ? 'is a projection or warning' : 'are projections or warnings'}: what someone said may happen, not a count.`,
    );
  const weak = claims.filter(
    (c) => c.verification.state === 'unverified' || c.verification.state === 'single_source',
  ).length;
  if (weak)
    warnings.push(
      `${weak} ${weak === 1 ? 'rests' : 'rest'} on a single source or ${weak === 1 ? 'is' : 'are'} unverified.`,
    );
  const denied = claims.filter(
    (c) => c.verification.state === 'disputed_denied' || c.verification.state === 'retracted',
  ).length;
  if (denied) warnings.push(`${denied} ${denied === 1 ? 'is' : 'are'} disputed, denied or retracted.`);
  return {
    sources: organisations,
    origins: claims.length ? originCountsText(countOrigins(claims)) : '',
    states: states.length ? `Verification: ${states.join(', ')}` : '',
    grades: graded ? `${graded} of ${claims.length} graded (Admiralty)` : 'Not graded (no Admiralty grade recorded)',
    warnings,
  };
}
