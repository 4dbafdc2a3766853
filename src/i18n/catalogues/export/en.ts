import type { SourceMessages } from '../catalogue-types';

/** The export buttons and what they report, in English, the source language. */
export const exportEn = {
  'export.csv': 'Export CSV',
  'export.json': 'Export JSON',
  'export.exporting': {
    one: 'Exporting {count} claim as {format}…',
    other: 'Exporting {count} claims as {format}…',
  },
  'export.exported': {
    one: 'Exported {count} claim as {format}',
    other: 'Exported {count} claims as {format}',
  },
  'export.exportedWithoutOrigins': {
    one: 'Exported {count} claim as {format} (origin labels unavailable: origin ids only)',
    other: 'Exported {count} claims as {format} (origin labels unavailable: origin ids only)',
  },
  'export.failed': 'The export failed: {message}',
} as const satisfies SourceMessages<'export'>;
