import type { MessageKey } from '@/i18n/catalogues/en';

/** The page's sections, in order: their ids are the anchors other pages link to (/methodology#states). */
export const METHODOLOGY_SECTION_IDS = [
  'records',
  'kinds',
  'states',
  'grades',
  'contradictions',
  'conversion',
  'as-known-on',
  'sources',
] as const;
export type MethodologySectionId = (typeof METHODOLOGY_SECTION_IDS)[number];

/** Each section's title (a message key: translated when the page renders). */
export const METHODOLOGY_SECTION_TITLES: Record<MethodologySectionId, MessageKey> = {
  records: 'methodology.section.records',
  kinds: 'methodology.section.kinds',
  states: 'methodology.section.states',
  grades: 'methodology.section.grades',
  contradictions: 'methodology.section.contradictions',
  conversion: 'methodology.section.conversion',
  'as-known-on': 'methodology.section.asKnownOn',
  sources: 'methodology.section.sources',
};
