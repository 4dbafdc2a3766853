import type { Claim } from '../claim-schema';
import { insertionPoint } from '../select-claims';
import type { Origin } from './origin-schema';
import { originsById } from './with-origins';

/*
 * The list of origins in groupOrigins' order (by each origin's first claim, which no other origin has), found in and
 * edited by searching that order: what a new claim changes of a server's view (origins-with-claim.ts).
 */

/** An origin as groupOrigins orders them: by its first claim. */
export const firstOf = (origin: Origin) => ({ id: origin.claimIds[0] as string, claimedOn: origin.date });

/** The first place in `origins` (in groupOrigins' order) at which an origin whose first claim is `first` sorts. */
const originPlace = (origins: readonly Origin[], first: Pick<Claim, 'id' | 'claimedOn'>): number =>
  insertionPoint({ length: origins.length, at: (i) => firstOf(origins[i] as Origin) }, first);

/** The first place in `origins` of an origin whose first claim was made on `day`, or after. */
export const originsFrom = (origins: readonly Origin[], day: string) =>
  originPlace(origins, { id: '', claimedOn: day });

/**
 * `origins` without `removed`, with `added`, each where groupOrigins puts it (by its first claim, which no other origin
 * has): each found by a search (at 1,000,000 claims a filter of the list took 130–280 ms), and the list made once, at
 * its length. A copy and then a splice made 20 MB of garbage a new claim at 1,000,000 origins, which V8 promoted.
 */
export function withOriginsReplaced(
  origins: readonly Origin[],
  removed: ReadonlySet<string>,
  added: readonly Origin[],
) {
  const byId = originsById(origins);
  const gone = new Set<number>();
  for (const id of removed) {
    const origin = byId.get(id);
    const at = origin ? originPlace(origins, firstOf(origin)) : -1;
    if (!origin || origins[at] !== origin) return withOriginsFiltered(origins, removed, added);
    gone.add(at);
  }
  // The origins added in their own order, each with the place in `origins` it goes before.
  const comingIn: Origin[] = [];
  for (const origin of added) comingIn.splice(originPlace(comingIn, firstOf(origin)), 0, origin);
  const before = comingIn.map((origin) => originPlace(origins, firstOf(origin)));
  const next = new Array<Origin>(origins.length - gone.size + comingIn.length);
  let k = 0;
  let a = 0;
  for (let i = 0; i <= origins.length; i += 1) {
    while (a < comingIn.length && (before[a] as number) <= i) next[k++] = comingIn[a++] as Origin;
    if (i < origins.length && !gone.has(i)) next[k++] = origins[i] as Origin;
  }
  return next;
}

/** withOriginsReplaced by a pass over every origin: for a list not in groupOrigins' order (none made by it). */
function withOriginsFiltered(origins: readonly Origin[], removed: ReadonlySet<string>, added: readonly Origin[]) {
  const next = origins.filter((o) => !removed.has(o.id));
  for (const origin of added) next.splice(originPlace(next, firstOf(origin)), 0, origin);
  return next;
}
