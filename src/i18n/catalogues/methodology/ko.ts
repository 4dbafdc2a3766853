import type { Translation } from '../catalogue-types';
import type { methodologyEn } from './en';

/** The methodology messages in Korean. Machine-drafted: not yet reviewed by a Korean speaker (see review-status.ts). */
export const methodologyKo = {} as const satisfies Translation<typeof methodologyEn>;
