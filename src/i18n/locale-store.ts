import { useSyncExternalStore } from 'react';
import { create } from 'zustand';
import { DEFAULT_LOCALE, type Locale } from '@/contract/locale';
import type { Catalogue } from './catalogues/en';
import { enCore } from './catalogues/en-core';

/*
 * The language the page shows and its catalogue. A store, not a context: charts read it without re-rendering what
 * sits above them (ADR 012), and plain functions (formatters, exports) read it too. English is in the bundle; the
 * other catalogues load on demand (load-catalogue.ts) before they are activated.
 */
export interface LocaleState {
  locale: Locale;
  /** The messages loaded so far: the first view's, and those of the pages opened (page-messages.ts). */
  messages: Partial<Catalogue>;
}

const useLocaleStore = create<LocaleState>()(() => ({ locale: DEFAULT_LOCALE, messages: enCore }));

/** Shows the page in `locale`, with its loaded catalogue. */
export function activateLocale(locale: Locale, messages: Partial<Catalogue>): void {
  const current = useLocaleStore.getState();
  if (current.locale === locale && current.messages === messages) return;
  useLocaleStore.setState({ locale, messages });
}

/** Adds a page's messages to the catalogue, when the page is still in `locale`. */
export function addMessages(locale: Locale, messages: Partial<Catalogue>): void {
  const current = useLocaleStore.getState();
  if (current.locale !== locale) return;
  useLocaleStore.setState({ messages: { ...current.messages, ...messages } });
}

/** The page's language and catalogue now (outside React: formatters, exports). */
export const currentLocaleState = (): LocaleState => useLocaleStore.getState();
export const currentLocale = (): Locale => useLocaleStore.getState().locale;

/*
 * Read with the store's current state on the server and while hydrating too (zustand's own hook would read its
 * initial state there, English, and a Korean page would render and hydrate in English): the page's language is
 * activated before either starts.
 */
const subscribe = (listener: () => void) => useLocaleStore.subscribe(listener);
const getLocale = () => useLocaleStore.getState().locale;
const getMessages = () => useLocaleStore.getState().messages;

/** The page's language; a component that uses it renders again when it changes. */
export const useLocale = (): Locale => useSyncExternalStore(subscribe, getLocale, getLocale);
export const useMessages = (): Partial<Catalogue> => useSyncExternalStore(subscribe, getMessages, getMessages);
