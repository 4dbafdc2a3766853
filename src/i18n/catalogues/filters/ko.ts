import type { Translation } from '../catalogue-types';
import type { filtersEn } from './en';

/** The filters messages in Korean. Machine-drafted: not yet reviewed by a Korean speaker (see review-status.ts). */
export const filtersKo = {} as const satisfies Translation<typeof filtersEn>;
