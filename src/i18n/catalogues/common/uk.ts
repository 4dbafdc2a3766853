import type { Translation } from '../catalogue-types';
import type { commonEn } from './en';

/** The common messages in Ukrainian. Machine-drafted: not yet reviewed by a Ukrainian speaker (see review-status.ts). */
export const commonUk = {} as const satisfies Translation<typeof commonEn>;
