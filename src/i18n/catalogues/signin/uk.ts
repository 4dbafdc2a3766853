import type { Translation } from '../catalogue-types';
import type { signinEn } from './en';

/** The signin messages in Ukrainian. Machine-drafted: not yet reviewed by a Ukrainian speaker (see review-status.ts). */
export const signinUk = {} as const satisfies Translation<typeof signinEn>;
