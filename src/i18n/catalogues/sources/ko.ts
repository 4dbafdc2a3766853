import type { Translation } from '../catalogue-types';
import type { sourcesEn } from './en';

/** The sources messages in Korean. Machine-drafted: not yet reviewed by a Korean speaker (see review-status.ts). */
export const sourcesKo = {} as const satisfies Translation<typeof sourcesEn>;
