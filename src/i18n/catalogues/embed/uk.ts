import type { Translation } from '../catalogue-types';
import type { embedEn } from './en';

/** The embed messages in Ukrainian. Machine-drafted: not yet reviewed by a Ukrainian speaker (see review-status.ts). */
export const embedUk = {} as const satisfies Translation<typeof embedEn>;
