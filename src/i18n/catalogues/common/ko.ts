import type { Translation } from '../catalogue-types';
import type { commonEn } from './en';

/** The common messages in Korean. Machine-drafted: not yet reviewed by a Korean speaker (see review-status.ts). */
export const commonKo = {} as const satisfies Translation<typeof commonEn>;
