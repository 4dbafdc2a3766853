import type { Translation } from '../catalogue-types';
import type { compareEn } from './en';

/** The compare messages in Korean. Machine-drafted: not yet reviewed by a Korean speaker (see review-status.ts). */
export const compareKo = {} as const satisfies Translation<typeof compareEn>;
