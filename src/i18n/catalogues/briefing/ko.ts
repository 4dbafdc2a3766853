import type { Translation } from '../catalogue-types';
import type { briefingEn } from './en';

/** The briefing messages in Korean. Machine-drafted: not yet reviewed by a Korean speaker (see review-status.ts). */
export const briefingKo = {} as const satisfies Translation<typeof briefingEn>;
