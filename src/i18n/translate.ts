import { useCallback } from 'react';
import { formatNumber } from './format-number';
import type { MessageKey } from './catalogues/en';
import { currentLocaleState, useLocale, useMessages, type LocaleState } from './locale-store';
import { formatMessage, type MessageValues } from './message-format';

export type Translate = (key: MessageKey, values?: MessageValues) => string;

function translate({ locale, messages }: LocaleState, key: MessageKey, values?: MessageValues): string {
  const message = messages[key];
  // A page's message before its page has loaded them: the key shows (a bug the tests see), never a blank.
  return message === undefined ? key : formatMessage(locale, message, values, formatNumber);
}

/** A message in the page's language now (outside React: exports, formatters, event handlers). */
export const t: Translate = (key, values) => translate(currentLocaleState(), key, values);

/** `t` for a component: it renders again when the language changes. */
export function useT(): Translate {
  const locale = useLocale();
  const messages = useMessages();
  return useCallback((key, values) => translate({ locale, messages }, key, values), [locale, messages]);
}
