import type { Translation } from '../catalogue-types';
import type { routesEn } from './en';

/** The routes messages in Korean. Machine-drafted: not yet reviewed by a Korean speaker (see review-status.ts). */
export const routesKo = {} as const satisfies Translation<typeof routesEn>;
