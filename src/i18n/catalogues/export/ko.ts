import type { Translation } from '../catalogue-types';
import type { exportEn } from './en';

/** The export messages in Korean. Machine-drafted: not yet reviewed by a Korean speaker (see review-status.ts). */
export const exportKo = {} as const satisfies Translation<typeof exportEn>;
