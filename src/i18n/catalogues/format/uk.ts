import type { Translation } from '../catalogue-types';
import type { formatEn } from './en';

/** How dates, figures and periods are written, in Ukrainian. Machine-drafted: not yet reviewed by a Ukrainian speaker. */
export const formatUk = {
  'format.dateNotKnown': 'Дата невідома',
  'format.dayNotKnown': '{date} (день невідомий)',
  'format.monthNotKnown': '{date} (місяць невідомий)',
  'format.noFigure': 'Цифру не наведено',
  'format.range': '(діапазон {range})',
  'format.weekOf': 'Тиждень від {date}',
  'format.quarter': '{quarter} кв. {year}',
} as const satisfies Translation<typeof formatEn>;
