import type { Translation } from '../catalogue-types';
import type { exportEn } from './en';

/** The export messages in Ukrainian. Machine-drafted: not yet reviewed by a Ukrainian speaker (see review-status.ts). */
export const exportUk = {} as const satisfies Translation<typeof exportEn>;
