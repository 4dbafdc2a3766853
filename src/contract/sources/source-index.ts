import type { SourceEntity } from '../source-schema';
import {
  nameWords,
  normaliseName,
  parenthesisedAcronyms,
  standaloneAcronym,
  withoutCountryWord,
  withoutParenthetical,
} from './source-names';

/** One way a key leads to an entity; `strict` ones need the claim's country to be the entity's. */
export interface SourceKeyHit {
  entity: SourceEntity;
  strict: boolean;
}

/** A registry looked up by id, by normalised name or alias, by base name and by acronym. */
export interface SourceIndex {
  registry: readonly SourceEntity[];
  byId: Map<string, SourceEntity>;
  exact: Map<string, SourceKeyHit[]>;
  base: Map<string, SourceKeyHit[]>;
  acronyms: Map<string, SourceKeyHit[]>;
  /** Every name and alias with its key and words, for telling how alike a new name is. */
  names: { entity: SourceEntity; key: string; words: Set<string> }[];
}

const add = (map: Map<string, SourceKeyHit[]>, key: string, hit: SourceKeyHit) => {
  if (key === '') return;
  const list = map.get(key) ?? [];
  if (!list.some((h) => h.entity.id === hit.entity.id)) list.push(hit);
  map.set(key, list);
};

/** The name without a country qualifier in brackets ("Joint Chiefs of Staff (South Korea)"), or null. */
function qualifiedBase(name: string): string | null {
  const bracket = /\(([^()]*)\)\s*$/.exec(name)?.[1];
  if (bracket === undefined || standaloneAcronym(bracket) !== null) return null;
  return normaliseName(withoutParenthetical(name));
}

function buildIndex(registry: readonly SourceEntity[]): SourceIndex {
  const index: SourceIndex = {
    registry,
    byId: new Map(),
    exact: new Map(),
    base: new Map(),
    acronyms: new Map(),
    names: [],
  };
  for (const entity of registry) {
    index.byId.set(entity.id, entity);
    const qualified = qualifiedBase(entity.name);
    for (const name of [entity.name, ...entity.aliases]) {
      const key = normaliseName(name);
      add(index.exact, key, { entity, strict: key === qualified });
      index.names.push({ entity, key, words: nameWords(name) });
      const bare = withoutParenthetical(name);
      for (const form of [bare, withoutCountryWord(name).rest, withoutCountryWord(bare).rest])
        add(index.base, normaliseName(form), { entity, strict: true });
      const alone = standaloneAcronym(name);
      if (alone) add(index.acronyms, alone, { entity, strict: false });
    }
    for (const acronym of parenthesisedAcronyms(entity.name)) add(index.acronyms, acronym, { entity, strict: false });
  }
  return index;
}

const cache = new WeakMap<readonly SourceEntity[], { size: number; index: SourceIndex }>();

/**
 * The index of a registry, built once per registry array (and again when it grows). Registries
 * are values: change an entity by making a new array, not by editing it in place.
 */
export function sourceIndex(registry: readonly SourceEntity[]): SourceIndex {
  const cached = cache.get(registry);
  if (cached && cached.size === registry.length) return cached.index;
  const index = buildIndex(registry);
  cache.set(registry, { size: registry.length, index });
  return index;
}
