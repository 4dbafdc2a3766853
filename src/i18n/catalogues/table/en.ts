import type { SourceMessages } from '../catalogue-types';

/** The claims table, in English, the source language. */
export const tableEn = {
  'table.heading': 'Claims table',
  'table.showing': { one: 'Showing {shown} of {count} claim', other: 'Showing {shown} of {count} claims' },
  'table.noMatch': 'No claims match these filters',
  'table.removeFilter': 'Remove a filter to see more claims.',
  'table.matchedLoaded': {
    one: '{matched} of {count} claim match · {loaded} loaded, oldest first',
    other: '{matched} of {count} claims match · {loaded} loaded, oldest first',
  },
  'table.loadingMore': 'Loading more claims…',
  'table.loadMore': 'Load more claims ({loaded} of {matched} loaded)',
  'table.scrollable': 'Claims table, scrollable',
  'table.captionPaged': 'Filtered claims, oldest first: {loaded} of {total} loaded, more load as you scroll',
  'table.captionAscending': 'Filtered claims, sorted by {column} ascending',
  'table.captionDescending': 'Filtered claims, sorted by {column} descending',
  'table.column.claimed': 'Claimed',
  'table.column.metric': 'Metric',
  'table.column.figure': 'Figure',
  'table.column.kind': 'Kind',
  'table.column.speaker': 'Said by',
  'table.column.state': 'State',
  'table.column.outlet': 'Outlet',
  'table.open': 'Open',
  'table.openClaim': 'Open {id}',
  'table.olderArchivedCopies': { one: '(and {count} older)', other: '(and {count} older)' },
} as const satisfies SourceMessages<'table'>;
