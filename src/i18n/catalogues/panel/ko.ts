import type { Translation } from '../catalogue-types';
import type { panelEn } from './en';

/** The panel messages in Korean. Machine-drafted: not yet reviewed by a Korean speaker (see review-status.ts). */
export const panelKo = {} as const satisfies Translation<typeof panelEn>;
