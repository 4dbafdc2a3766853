import type { Translation } from '../catalogue-types';
import type { replayEn } from './en';

/** The replay messages in Korean. Machine-drafted: not yet reviewed by a Korean speaker (see review-status.ts). */
export const replayKo = {} as const satisfies Translation<typeof replayEn>;
