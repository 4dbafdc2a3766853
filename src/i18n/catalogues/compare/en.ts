import type { SourceMessages } from '../catalogue-types';

/** The compare view, in English, the source language. */
export const compareEn = {
  'compare.heading': 'Compare claims',
  'compare.headingMetric': 'Compare claims: <metric></metric>',
  'compare.metric': 'Metric',
  'compare.groupBy': 'Group by',
  'compare.window.week': 'week',
  'compare.window.month': 'month',
  'compare.window.quarter': 'quarter',
  'compare.explanation':
    'Claims are grouped by the period their figure refers to (its “as of” date where given, otherwise the day it was claimed). Contradictions recorded in the research notes are marked.',
  'compare.empty': 'No claims for this metric match the filters',
  'compare.groupClaims': { one: '{count} claim {sources}', other: '{count} claims {sources}' },
  'compare.fromSources': { one: 'from {count} source', other: 'from {count} sources' },
  'compare.spreadOverClaims': { one: 'spread {range} over {count} claim', other: 'spread {range} over {count} claims' },
  'compare.spreadRatio': '(highest is {ratio}× lowest)',
  'compare.spreadOverOrigins': {
    one: '{range} over {count} independent origin',
    other: '{range} over {count} independent origins',
  },
  'compare.column.figure': 'Figure',
  'compare.column.kind': 'Kind',
  'compare.column.saidBy': 'Said by',
  'compare.column.claimed': 'Claimed',
  'compare.column.state': 'State',
  'compare.column.grade': 'Grade',
  'compare.column.contradicts': 'Contradicts',
  'compare.openClaim': 'Open {id}: {figure}',
  'compare.notGraded': 'Not graded',
  'compare.listedEarliest': {
    one: 'The {shown} earliest of {count} claims are listed; the spread and counts cover all of them. Narrow the filters to list the rest.',
    other:
      'The {shown} earliest of {count} claims are listed; the spread and counts cover all of them. Narrow the filters to list the rest.',
  },
  'compare.axis': 'Axis of the strip runs from 0 to {max}.',
  'compare.stripLabel': 'Figures from {min} to {max} on a scale from zero: {claims} above, {origins} below',
  'compare.stripClaims': { one: '{count} claim', other: '{count} claims' },
  'compare.stripOrigins': { one: '{count} independent origin', other: '{count} independent origins' },
  'compare.tickClaims': 'claims',
  'compare.tickOrigins': 'origins',
} as const satisfies SourceMessages<'compare'>;
