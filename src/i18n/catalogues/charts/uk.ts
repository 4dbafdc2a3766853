import type { Translation } from '../catalogue-types';
import type { chartsEn } from './en';

/** The charts messages in Ukrainian. Machine-drafted: not yet reviewed by a Ukrainian speaker (see review-status.ts). */
export const chartsUk = {} as const satisfies Translation<typeof chartsEn>;
