import type { Translation } from '../catalogue-types';
import type { sourcesEn } from './en';

/** The sources messages in Ukrainian. Machine-drafted: not yet reviewed by a Ukrainian speaker (see review-status.ts). */
export const sourcesUk = {} as const satisfies Translation<typeof sourcesEn>;
