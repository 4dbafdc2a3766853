import type { Translation } from '../catalogue-types';
import type { routesEn } from './en';

/** The routes messages in Ukrainian. Machine-drafted: not yet reviewed by a Ukrainian speaker (see review-status.ts). */
export const routesUk = {} as const satisfies Translation<typeof routesEn>;
