import type { Translation } from '../catalogue-types';
import type { editorEn } from './en';

/** The editor messages in Korean. Machine-drafted: not yet reviewed by a Korean speaker (see review-status.ts). */
export const editorKo = {} as const satisfies Translation<typeof editorEn>;
