import type { Translation } from '../catalogue-types';
import type { importEn } from './en';

/** The import messages in Korean. Machine-drafted: not yet reviewed by a Korean speaker (see review-status.ts). */
export const importKo = {} as const satisfies Translation<typeof importEn>;
