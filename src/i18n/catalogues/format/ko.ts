import type { Translation } from '../catalogue-types';
import type { formatEn } from './en';

/** How dates, figures and periods are written, in Korean. Machine-drafted: not yet reviewed by a Korean speaker. */
export const formatKo = {
  'format.dateNotKnown': '날짜 미상',
  'format.dayNotKnown': '{date} (일자 미상)',
  'format.monthNotKnown': '{date} (월 미상)',
  'format.noFigure': '수치 없음',
  'format.range': '(범위 {range})',
  'format.weekOf': '{date} 주',
  'format.quarter': '{year}년 {quarter}분기',
} as const satisfies Translation<typeof formatEn>;
