import type { Translation } from '../catalogue-types';
import type { filtersEn } from './en';

/** The filters messages in Ukrainian. Machine-drafted: not yet reviewed by a Ukrainian speaker (see review-status.ts). */
export const filtersUk = {} as const satisfies Translation<typeof filtersEn>;
