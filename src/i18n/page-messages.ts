import type { Locale } from '@/contract/locale';
import type { Catalogue } from './catalogues/en';
import { addMessages, currentLocale } from './locale-store';

/**
 * The messages of pages with a route of their own, which the first view never shows: they load with their page's
 * code, in the page's language, and not in the first load's bundle (the initial-JS budget).
 */
export type PageNamespace = 'methodology' | 'import' | 'editor' | 'sources' | 'compare';
type Messages = Partial<Catalogue>;

const LOADERS: Readonly<Record<PageNamespace, Readonly<Record<Locale, () => Promise<Messages>>>>> = {
  methodology: {
    en: () => import('./catalogues/methodology/en').then((m) => m.methodologyEn),
    ko: () => import('./catalogues/methodology/ko').then((m) => m.methodologyKo),
    uk: () => import('./catalogues/methodology/uk').then((m) => m.methodologyUk),
  },
  import: {
    en: () => import('./catalogues/import/en').then((m) => m.importEn),
    ko: () => import('./catalogues/import/ko').then((m) => m.importKo),
    uk: () => import('./catalogues/import/uk').then((m) => m.importUk),
  },
  editor: {
    en: () => import('./catalogues/editor/en').then((m) => m.editorEn),
    ko: () => import('./catalogues/editor/ko').then((m) => m.editorKo),
    uk: () => import('./catalogues/editor/uk').then((m) => m.editorUk),
  },
  sources: {
    en: () => import('./catalogues/sources/en').then((m) => m.sourcesEn),
    ko: () => import('./catalogues/sources/ko').then((m) => m.sourcesKo),
    uk: () => import('./catalogues/sources/uk').then((m) => m.sourcesUk),
  },
  compare: {
    en: () => import('./catalogues/compare/en').then((m) => m.compareEn),
    ko: () => import('./catalogues/compare/ko').then((m) => m.compareKo),
    uk: () => import('./catalogues/compare/uk').then((m) => m.compareUk),
  },
};

/** The page namespaces this page has needed so far: a language switch loads them in the new language too. */
const needed = new Set<PageNamespace>();

/** Loads a page's messages in the page's language and adds them to its catalogue (before the page renders). */
export async function loadPageMessages(namespace: PageNamespace): Promise<void> {
  needed.add(namespace);
  const locale = currentLocale();
  addMessages(locale, await LOADERS[namespace][locale]());
}

/** Every page namespace needed so far, in `locale` (for a language switch). */
export async function neededPageMessages(locale: Locale): Promise<Messages> {
  const loaded = await Promise.all([...needed].map((namespace) => LOADERS[namespace][locale]()));
  return Object.assign({}, ...loaded) as Messages;
}
