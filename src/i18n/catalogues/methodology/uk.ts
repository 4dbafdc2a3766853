import type { Translation } from '../catalogue-types';
import type { methodologyEn } from './en';

/** The methodology messages in Ukrainian. Machine-drafted: not yet reviewed by a Ukrainian speaker (see review-status.ts). */
export const methodologyUk = {} as const satisfies Translation<typeof methodologyEn>;
