import type { SourceEntity } from '../source-schema';
import { parenthesisedAcronyms } from '../sources/source-names';

/** Words of a text as compared: accents, dots and case set aside; apostrophes kept ("Korea's"). */
export function headTokens(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/\./g, '')
    .split(/[^\p{L}\p{N}']+/u)
    .filter((t) => t !== '');
}

interface NameScanner {
  /** Lower-cased word sequences of every name and alias → the entity. */
  names: Map<string, SourceEntity | 'ambiguous'>;
  longest: number;
}

const scanners = new WeakMap<readonly SourceEntity[], NameScanner>();

function scannerFor(registry: readonly SourceEntity[]): NameScanner {
  const known = scanners.get(registry);
  if (known) return known;
  const names = new Map<string, SourceEntity | 'ambiguous'>();
  let longest = 1;
  const add = (name: string, entity: SourceEntity) => {
    const words = headTokens(name).map((w) => w.toLowerCase());
    if (words[0] === 'the') words.shift();
    if (words.length === 0) return;
    const key = words.join(' ');
    const held = names.get(key);
    names.set(key, held === undefined || (held !== 'ambiguous' && held.id === entity.id) ? entity : 'ambiguous');
    longest = Math.max(longest, words.length);
  };
  for (const entity of registry) {
    for (const name of [entity.name, ...entity.aliases]) add(name, entity);
    for (const acronym of parenthesisedAcronyms(entity.name)) add(acronym, entity);
  }
  const scanner = { names, longest };
  scanners.set(registry, scanner);
  return scanner;
}

/** A one-word name of five letters or fewer is an acronym: only the word in capitals matches ("NIS", not "nis"). */
const looksRight = (words: string[], raw: string[]): boolean =>
  words.length > 1 || (words[0] ?? '').length > 5 || raw.every((w) => w === w.toUpperCase());

/**
 * The registered organisation a chain head names, or null. The earliest name wins, and the
 * longest at one place ("Ukrainian military intelligence" over "Ukrainian intelligence"); a
 * name two entities share names neither.
 */
export function findOwner(head: string, registry: readonly SourceEntity[]): SourceEntity | null {
  const { names, longest } = scannerFor(registry);
  const raw = headTokens(head);
  const lower = raw.map((w) => w.toLowerCase());
  for (let start = 0; start < lower.length; start += 1) {
    for (let length = Math.min(longest, lower.length - start); length >= 1; length -= 1) {
      const words = lower.slice(start, start + length);
      const hit = names.get(words.join(' '));
      if (hit && hit !== 'ambiguous' && looksRight(words, raw.slice(start, start + length))) return hit;
    }
  }
  return null;
}
