import type { Translation } from '../catalogue-types';
import type { replayEn } from './en';

/** The replay messages in Ukrainian. Machine-drafted: not yet reviewed by a Ukrainian speaker (see review-status.ts). */
export const replayUk = {} as const satisfies Translation<typeof replayEn>;
