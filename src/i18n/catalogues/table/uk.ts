import type { Translation } from '../catalogue-types';
import type { tableEn } from './en';

/** The table messages in Ukrainian. Machine-drafted: not yet reviewed by a Ukrainian speaker (see review-status.ts). */
export const tableUk = {} as const satisfies Translation<typeof tableEn>;
