import type { MessageKey } from './catalogues/en';
import { currentLocaleState } from './locale-store';

/**
 * Claimwatch's own words about its reference data (a metric's label or unit, a chart group's title, an event's
 * label) in the page's language, where the catalogue has them; any other text (a metric an analyst added or renamed)
 * as written. Quotes, names and other data text never go through here.
 */
export function referenceText(text: string): string {
  const { messages } = currentLocaleState();
  const key = `reference.${text}`;
  const message = Object.hasOwn(messages, key) ? messages[key as MessageKey] : text;
  return typeof message === 'string' ? message : text;
}
