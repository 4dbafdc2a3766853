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

export const METHODOLOGY_SECTION_TITLES: Record<MethodologySectionId, string> = {
  records: 'What a claim records',
  kinds: 'Kinds of figure',
  states: 'Verification states',
  grades: 'Grades',
  contradictions: 'Contradictions and agreement',
  conversion: 'From research notes to the dataset',
  'as-known-on': 'As known on a day',
  sources: 'Sources and licences',
};
