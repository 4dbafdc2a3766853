import type { Translation } from '../catalogue-types';
import type { compareEn } from './en';

/** The compare messages in Ukrainian. Machine-drafted: not yet reviewed by a Ukrainian speaker (see review-status.ts). */
export const compareUk = {} as const satisfies Translation<typeof compareEn>;
