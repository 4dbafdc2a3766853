import type { Translation } from '../catalogue-types';
import type { chartsEn } from './en';

/** The charts messages in Korean. Machine-drafted: not yet reviewed by a Korean speaker (see review-status.ts). */
export const chartsKo = {} as const satisfies Translation<typeof chartsEn>;
