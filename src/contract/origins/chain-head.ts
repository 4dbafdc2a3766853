import type { Claim } from '../claim-schema';
import type { SourceEntity } from '../source-schema';
import type { SpeakerType } from '../vocabulary';
import { normaliseName } from '../sources/source-names';
import type { OriginType } from './origin-schema';
import { isAnonymousHead, originTypeOf } from './origin-type';
import { findOwner, headTokens } from './owner-in-head';

/** The first link of a claim's chain, read for grouping. */
export interface ChainHead {
  /** The head as written ("NIS closed-door briefing"). */
  label: string;
  ownerId: string;
  ownerName: string;
  type: OriginType;
  /** Claims whose heads share this key are one event when their days are the same or adjacent. */
  key: string;
  /** The day the claim was made, when known to the day; heads without one are never grouped. */
  day: string | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a date written is a whole day (2024-10-18), by which claims are grouped; not a month or a year. */
export const isWholeDay = (date: string) => DAY.test(date);

/**
 * A claim's chain head, or null when its origin is unknown: no chain, or a head that names no
 * registered organisation and a speaker not resolved to one. The owner is the organisation the
 * head names (HUR in "HUR + Foreign Intelligence Service report", whoever relays it), else the speaker's.
 */
export function readChainHead(
  claim: Pick<Claim, 'id' | 'provenance' | 'speaker' | 'claimedOn'>,
  registry: readonly SourceEntity[],
  reading: HeadReading = readHead(registry),
): ChainHead | null {
  const label = claim.provenance[0]?.trim() ?? '';
  if (label === '') return null;
  const named = reading.owner(label);
  const owner = named ?? registry.find((s) => s.id === claim.speaker.sourceId) ?? null;
  const ownerId = owner?.id ?? claim.speaker.sourceId;
  if (!ownerId) return null;
  const type = reading.type(label, owner?.type ?? claim.speaker.type);
  const parts = [ownerId, type];
  // A head that names no kind of event is only the same event in the same words.
  if (type === 'unknown') parts.push(reading.words(label));
  // Unnamed people are one event only when the same outlet first reported them; with no reporter, never.
  if (isAnonymousHead(label))
    parts.push(`via ${claim.provenance[1] ? normaliseName(claim.provenance[1]) : `#${claim.id}`}`);
  return {
    label,
    ownerId,
    ownerName: owner?.name ?? claim.speaker.organisation,
    type,
    key: parts.join('|'),
    day: claim.claimedOn !== null && isWholeDay(claim.claimedOn) ? claim.claimedOn : null,
  };
}

/** What a head says that depends on its words (and the registry) alone: read once per head, not once per claim. */
export interface HeadReading {
  owner(label: string): SourceEntity | null;
  type(label: string, ownerType: SpeakerType | null): OriginType;
  words(label: string): string;
}

/** A HeadReading that remembers each head it has read, for one registry (many claims share a few heads). */
export function readHead(registry: readonly SourceEntity[]): HeadReading {
  const owners = new Map<string, SourceEntity | null>();
  const types = new Map<string, OriginType>();
  const words = new Map<string, string>();
  const remembered = <T>(map: Map<string, T>, key: string, read: () => T): T => {
    if (map.has(key)) return map.get(key) as T;
    const value = read();
    map.set(key, value);
    return value;
  };
  return {
    owner: (label) => remembered(owners, label, () => findOwner(label, registry)),
    type: (label, ownerType) =>
      remembered(types, `${ownerType ?? ''}\u0000${label}`, () => originTypeOf(label, ownerType)),
    words: (label) => remembered(words, label, () => headTokens(label).join(' ')),
  };
}
