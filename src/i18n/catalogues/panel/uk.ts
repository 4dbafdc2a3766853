import type { Translation } from '../catalogue-types';
import type { panelEn } from './en';

/** The panel messages in Ukrainian. Machine-drafted: not yet reviewed by a Ukrainian speaker (see review-status.ts). */
export const panelUk = {} as const satisfies Translation<typeof panelEn>;
