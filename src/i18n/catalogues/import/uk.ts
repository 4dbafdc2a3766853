import type { Translation } from '../catalogue-types';
import type { importEn } from './en';

/** The import messages in Ukrainian. Machine-drafted: not yet reviewed by a Ukrainian speaker (see review-status.ts). */
export const importUk = {} as const satisfies Translation<typeof importEn>;
