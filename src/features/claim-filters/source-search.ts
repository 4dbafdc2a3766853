import type { SourceSummary } from '@/contract/responses';
import { t } from '@/i18n/translate';

/** Text as the source search compares it: lower case, accents dropped, runs of spaces as one ("Sécurité " -> "securite"). */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** One source the search shows, with the aliases that matched when its name did not (to say why it is listed). */
export interface SourceMatch {
  source: SourceSummary;
  /** False for a checked source listed only because it is checked. */
  matched: boolean;
  matchedAliases: string[];
}

const hasEvery = (haystack: string, words: string[]) => words.every((w) => haystack.includes(w));

/**
 * The sources to list for a search: those whose name, id or an alias holds every word of it,
 * plus every checked source (a checked box never disappears while the user searches), in the
 * list's own order. An empty search lists them all.
 */
export function searchSources(
  sources: readonly SourceSummary[],
  query: string,
  checked: readonly string[],
): SourceMatch[] {
  const words = foldText(query).split(' ').filter(Boolean);
  if (words.length === 0) return sources.map((source) => ({ source, matched: true, matchedAliases: [] }));
  const matches: SourceMatch[] = [];
  for (const source of sources) {
    const byName = hasEvery(foldText(source.name), words) || hasEvery(source.id, words);
    const matchedAliases = byName ? [] : source.aliases.filter((alias) => hasEvery(foldText(alias), words));
    const matched = byName || matchedAliases.length > 0;
    if (matched || checked.includes(source.id)) matches.push({ source, matched, matchedAliases });
  }
  return matches;
}

/** "also: South Korean intelligence; NIS, per Yonhap and 2 more" — at most two aliases named. */
export function aliasNote(aliases: readonly string[]): string | undefined {
  if (aliases.length === 0) return undefined;
  const named = aliases.slice(0, 2).join('; ');
  return aliases.length > 2
    ? t('filters.aliasNoteMore', { names: named, count: aliases.length - 2 })
    : t('filters.aliasNote', { names: named });
}
