import type { Translation } from '../catalogue-types';
import type { signinEn } from './en';

/** The signin messages in Korean. Machine-drafted: not yet reviewed by a Korean speaker (see review-status.ts). */
export const signinKo = {} as const satisfies Translation<typeof signinEn>;
