import type { SourceMessages } from '../catalogue-types';

/** The source registry and its merges, in English, the source language. */
export const sourcesEn = {
  'sources.heading': 'Sources',
  'sources.intro':
    'Each source is one organisation, whatever spelling a report gives it. Claims keep the attribution as written; the names below are what the filters and charts group them by.',
  'sources.analystsCanMerge':
    'Analysts signed in to the project’s server can merge two sources that are one organisation.',
  'sources.caption': {
    one: '{count} source and its other spellings',
    other: '{count} sources and their other spellings',
  },
  'sources.column.name': 'Source and id',
  'sources.column.aliases': 'Other spellings',
  'sources.column.country': 'Country',
  'sources.column.type': 'Type',
  'sources.column.claims': 'Claims',
  'sources.column.merge': 'Merge',
  'sources.claimsLink': {
    one: '{count} claim <hidden>by <name></name></hidden>',
    other: '{count} claims <hidden>by <name></name></hidden>',
  },
  'sources.noClaims': 'none',
  'sources.mergeRow': 'Merge… <hidden><name></name> into another source</hidden>',
  'sources.andMore': 'and {count} more',
  'sources.recordedMerges': 'Recorded merges',
  'sources.noMergeRecord': 'This server keeps no record of merges',
  'sources.noMerges': 'No merges recorded yet.',
  'sources.mergedInto': '<from></from> (<fromId></fromId>) merged into <into></into> (<intoId></intoId>)',
  'sources.mergedWhenBy': '<when></when>, by <by></by>: “<rationale></rationale>”',
  'sources.mergedWhen': '<when></when>: “<rationale></rationale>”',
  'sources.mergeTwo': 'Merge two sources',
  'sources.mergeIntro':
    'When two entries are one organisation, merge them: the claims of the first count under the second, and its names become the second’s aliases. The merge is recorded with your reason.',
  'sources.mergeFrom': 'Merge this source',
  'sources.mergeInto': 'into this source',
  'sources.chooseSource': 'Choose a source…',
  'sources.mergeRationale': 'Why they are one source (required, kept with the merge)',
  'sources.reviewTitle': 'Merge “{from}” into “{into}”?',
  'sources.claimsWillMove': {
    one: 'Its {count} claim will count under “{into}”.',
    other: 'Its {count} claims will count under “{into}”.',
  },
  'sources.cannotUndo': 'This cannot be undone from this page.',
  'sources.merging': 'Merging…',
  'sources.confirmMerge': 'Confirm the merge',
  'sources.changeMerge': 'Change',
  'sources.reviewMerge': 'Review the merge',
  'sources.merged': 'Merged “{from}” into “{into}”.',
  'sources.listsRefreshed': 'The lists below are refreshed.',
  'sources.cannotMerge': 'This server cannot merge sources',
  'sources.nothingChanged': '{message} Nothing was changed.',
  'sources.mergeFailed': 'The merge failed; nothing was changed',
  'sources.errorChooseFrom': 'Choose the source to merge.',
  'sources.errorChooseInto': 'Choose the source to merge it into.',
  'sources.errorSameSource': 'A source cannot be merged into itself: choose another.',
  'sources.errorRationale': 'Say why these are one source (at least 3 characters).',
} as const satisfies SourceMessages<'sources'>;
