import { SPEAKER_TYPES, VERIFICATION_STATES, CLAIM_KINDS } from '@/contract/vocabulary';

import { ORIGIN_ACTIONS, ORIGIN_TYPES } from '@/contract/origins/origin-schema';
import type { OriginAction, OriginType } from '@/contract/origins/origin-schema';
import type { MessageKey } from '@/i18n/catalogues/en';
import { t } from '@/i18n/translate';

/*
 * The vocabulary in words, in the page's language (the catalogue's "vocab" messages). Each record reads its message
 * when a label is read, so a render after a language switch shows the new language.
 */
function translated<K extends string>(keys: readonly K[], key: (k: K) => MessageKey): Readonly<Record<K, string>> {
  const record = {} as Record<K, string>;
  for (const k of keys) Object.defineProperty(record, k, { get: () => t(key(k)), enumerable: true });
  return record;
}

export const VERIFICATION_STATE_LABELS = translated(VERIFICATION_STATES, (s) => `vocab.state.${s}`);
export const VERIFICATION_STATE_DESCRIPTIONS = translated(VERIFICATION_STATES, (s) => `vocab.stateDescription.${s}`);
export const CLAIM_KIND_LABELS = translated(CLAIM_KINDS, (k) => `vocab.kind.${k}`);
export const CLAIM_KIND_DESCRIPTIONS = translated(CLAIM_KINDS, (k) => `vocab.kindDescription.${k}`);
export const SPEAKER_TYPE_LABELS = translated(SPEAKER_TYPES, (s) => `vocab.speakerType.${s}`);

const COUNTRIES = ['KR', 'KP', 'UA', 'RU', 'US', 'GB', 'JP'] as const;
const COUNTRY_NAMES: Readonly<Record<string, string>> = translated(COUNTRIES, (c) => `vocab.country.${c}`);

/** A country's name from its ISO code; a code with no name here as written. */
export function countryName(code: string | null): string | null {
  if (code === null) return null;
  return Object.hasOwn(COUNTRY_NAMES, code) ? (COUNTRY_NAMES[code] ?? code) : code;
}

/** The warnings an import leaves on a claim (codes from src/contract/import-checks and the import). */
const WARNING_CODES = [
  'any',
  'unrecognised_qualifier',
  'cumulative_below_earlier',
  'rate_as_cumulative',
  'jump_over_earlier',
  'same_speaker_different_figure',
  'above_ceiling',
  'new_metric',
  'similar_source',
  'unknown_source',
  'corroborated_one_origin',
] as const;
export const WARNING_CODE_LABELS: Readonly<Record<string, string>> = translated(
  WARNING_CODES,
  (c) => `vocab.warning.${c}`,
);

/** A warning code in words; an unknown code as written, spaced. */
export const warningLabel = (code: string): string =>
  Object.hasOwn(WARNING_CODE_LABELS, code) ? (WARNING_CODE_LABELS[code] ?? code) : code.replace(/_/g, ' ');

/** What kind of event an origin (the first link of a chain of citation) is. */
export const ORIGIN_TYPE_LABELS: Readonly<Record<OriginType, string>> = translated(
  ORIGIN_TYPES,
  (o) => `vocab.originType.${o}`,
);

/** An analyst's decision about an origin's grouping, in words. */
export const ORIGIN_ACTION_LABELS: Readonly<Record<OriginAction, string>> = translated(
  ORIGIN_ACTIONS,
  (a) => `vocab.originAction.${a}`,
);
