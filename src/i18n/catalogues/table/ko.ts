import type { Translation } from '../catalogue-types';
import type { tableEn } from './en';

/** The table messages in Korean. Machine-drafted: not yet reviewed by a Korean speaker (see review-status.ts). */
export const tableKo = {} as const satisfies Translation<typeof tableEn>;
