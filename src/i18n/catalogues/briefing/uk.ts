import type { Translation } from '../catalogue-types';
import type { briefingEn } from './en';

/** The briefing messages in Ukrainian. Machine-drafted: not yet reviewed by a Ukrainian speaker (see review-status.ts). */
export const briefingUk = {} as const satisfies Translation<typeof briefingEn>;
