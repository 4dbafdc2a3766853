import type { Locale } from '@/contract/locale';
import type { MessageKey } from './en';

/*
 * Which translations a speaker of the language has reviewed. Every Korean and Ukrainian message was drafted by
 * machine (a language model, from the English) and none has been reviewed yet: a speaker who checks one adds its key
 * here, and the language menu stops calling that language machine-drafted once all of its keys are listed.
 */
export const REVIEWED_BY_A_SPEAKER: Readonly<Record<Exclude<Locale, 'en'>, readonly MessageKey[]>> = {
  ko: [],
  uk: [],
};
