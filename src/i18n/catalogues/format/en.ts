import type { SourceMessages } from '../catalogue-types';

/** How dates, figures and periods are written, in English, the source language. */
export const formatEn = {
  'format.dateNotKnown': 'Date not known',
  'format.dayNotKnown': '{date} (day not known)',
  'format.monthNotKnown': '{date} (month not known)',
  'format.noFigure': 'No figure given',
  'format.range': '(range {range})',
  'format.weekOf': 'Week of {date}',
  'format.quarter': 'Q{quarter} {year}',
} as const satisfies SourceMessages<'format'>;
