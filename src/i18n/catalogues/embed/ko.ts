import type { Translation } from '../catalogue-types';
import type { embedEn } from './en';

/** The embed messages in Korean. Machine-drafted: not yet reviewed by a Korean speaker (see review-status.ts). */
export const embedKo = {} as const satisfies Translation<typeof embedEn>;
