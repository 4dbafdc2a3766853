import type { Claim } from '../claim-schema';
import { issue, type Issue } from '../issue-schema';
import type { SourceEntity } from '../source-schema';
import type { SpeakerType } from '../vocabulary';
import { sourceIndex, type SourceIndex, type SourceKeyHit } from './source-index';
import {
  attributionHead,
  normaliseName,
  parenthesisedAcronyms,
  standaloneAcronym,
  withoutCountryWord,
  withoutParenthetical,
} from './source-names';
import { resemblingSource } from './source-similarity';
import { newSourceId } from './source-slug';

/** An organisation as a claim writes it. */
export interface WrittenSource {
  organisation: string;
  country: string | null;
  type: SpeakerType;
}

export interface SourceResolution {
  entity: SourceEntity;
  /** The entity is not in the registry: the caller adds it. */
  isNew: boolean;
  warning: Issue | null;
}

/** `null` country: any entity fits, and a strict key is only as good as being the one candidate. */
type Country = string | null | 'any';

function pick(hits: readonly SourceKeyHit[] | undefined, country: Country): SourceEntity | null {
  if (!hits) return null;
  const fitting = hits.filter(({ entity, strict }) => {
    if (country === 'any') return true;
    if (strict) return entity.country === country;
    return entity.country === null || country === null || entity.country === country;
  });
  const only = (list: SourceKeyHit[]) =>
    new Set(list.map((h) => h.entity.id)).size === 1 ? (list[0]?.entity ?? null) : null;
  if (country !== null && country !== 'any')
    return only(fitting.filter((h) => h.entity.country === country)) ?? only(fitting);
  return only(fitting);
}

const firstPick = (keys: string[], map: Map<string, SourceKeyHit[]>, country: Country) => {
  for (const key of keys) {
    const entity = pick(map.get(key), country);
    if (entity) return entity;
  }
  return null;
};

/**
 * The entity a written organisation means, or null. In order: the whole attribution as a name or
 * alias; its head without reporting tails (and without a bracket); a bare name held to its country
 * ("Joint Chiefs of Staff" in KR); an acronym in brackets or alone ("NIS"). A candidate whose
 * country differs from the claim's is never taken.
 */
export function matchSource(
  written: Pick<WrittenSource, 'organisation' | 'country'>,
  index: SourceIndex,
  anyCountry = false,
): SourceEntity | null {
  const head = attributionHead(written.organisation);
  const core = withoutCountryWord(head);
  const country: Country = anyCountry ? 'any' : (written.country ?? core.country);
  const keys = (texts: string[]) => [...new Set(texts.map(normaliseName))];
  const acronyms = [...parenthesisedAcronyms(head), standaloneAcronym(head), standaloneAcronym(core.rest)].filter(
    (a): a is string => a !== null,
  );
  return (
    firstPick(keys([written.organisation]), index.exact, country) ??
    firstPick(keys([head, withoutParenthetical(head), core.rest]), index.exact, country) ??
    firstPick(
      keys([head, withoutParenthetical(head), core.rest, withoutParenthetical(core.rest)]),
      index.base,
      country,
    ) ??
    firstPick([...new Set(acronyms)], index.acronyms, country)
  );
}

/**
 * The source entity a claim's organisation resolves to. When none matches, a new entity named
 * after the attribution's head (with the written form as an alias), and a `similar_source`
 * warning when it resembles one already in the registry. Never throws.
 */
export function resolveSource(written: WrittenSource, registry: readonly SourceEntity[]): SourceResolution {
  const index = sourceIndex(registry);
  const found = matchSource(written, index);
  if (found) return { entity: found, isNew: false, warning: null };
  const head = attributionHead(written.organisation);
  const country = written.country ?? withoutCountryWord(head).country;
  const entity: SourceEntity = {
    id: newSourceId(head, country, (id) => index.byId.has(id)),
    name: head,
    country,
    type: written.type,
    aliases: written.organisation.trim() !== head ? [written.organisation.trim()] : [],
  };
  const similar = resemblingSource(head, index);
  const warning = similar
    ? issue(
        'speaker.organisation',
        'similar_source',
        `"${written.organisation}" resembles "${similar.name}" (${similar.id}) and was added as a new source; merge them on the Sources page if they are the same.`,
      )
    : null;
  return { entity, isNew: true, warning };
}

/**
 * A `source=` value as an entity id: an id stays; a name or alias (old links carried the
 * organisation as written) becomes the id of the one entity it names; anything else stays as given.
 */
export function resolveSourceParam(value: string, registry: readonly SourceEntity[]): string {
  const index = sourceIndex(registry);
  if (index.byId.has(value)) return value;
  return matchSource({ organisation: value, country: null }, index, true)?.id ?? value;
}

/** Every `source=` value as an entity id, each once, sorted (so equal selections share a cache key). */
export function canonicalSourceParams(values: readonly string[], registry: readonly SourceEntity[]): string[] {
  return [...new Set(values.map((v) => resolveSourceParam(v, registry)))].sort();
}

/** The entity id a claim belongs to: its `speaker.sourceId`, else what its organisation resolves to. */
export function sourceIdOf(claim: Pick<Claim, 'speaker'>, registry: readonly SourceEntity[]): string {
  return claim.speaker.sourceId ?? resolveSource(claim.speaker, registry).entity.id;
}
