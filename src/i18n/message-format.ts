import type { Locale } from '@/contract/locale';

/**
 * A message in a catalogue: text with `{name}` placeholders, or, for a count, one text per plural category of the
 * language (Intl.PluralRules: English has one/other, Ukrainian one/few/many/other, Korean other only).
 */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;
/** What fills the placeholders: numbers are written as the language writes them; strings as they are. */
export type MessageValues = Readonly<Record<string, string | number>>;

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The plural category of `count` in `locale` ("one", "few", …). */
export function pluralCategory(locale: Locale, count: number): Intl.LDMLPluralRule {
  // English needs no locale data for this: one for exactly 1, other otherwise (as CLDR says for cardinals).
  if (locale === 'en') return count === 1 ? 'one' : 'other';
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count);
}

/**
 * The text of `message` with its placeholders filled; a plural message picks its form by `values.count`. A placeholder
 * with no value stays as written ("{name}"), so a missing value shows rather than vanishing.
 */
export function formatMessage(
  locale: Locale,
  message: Message,
  values: MessageValues | undefined,
  formatNumber: (value: number) => string,
): string {
  const text =
    typeof message === 'string'
      ? message
      : (message[pluralCategory(locale, Number(values?.count ?? 0))] ?? message.other);
  if (!values) return text;
  return text.replace(/\{([a-zA-Z][a-zA-Z0-9]*)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

/** The `{name}` placeholders a message uses, in all its forms (for the catalogue checks). */
export function placeholdersOf(message: Message): Set<string> {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return new Set(
    texts.flatMap((text) => [...(text ?? '').matchAll(/\{([a-zA-Z][a-zA-Z0-9]*)\}/g)].map((m) => m[1] ?? '')),
  );
}

/** The `<tag>` names a message wraps text in (for the catalogue checks and rich messages). */
export function tagsOf(message: Message): Set<string> {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return new Set(texts.flatMap((text) => [...(text ?? '').matchAll(/<([a-z][a-zA-Z0-9]*)>/g)].map((m) => m[1] ?? '')));
}
