import type { Translation } from '../catalogue-types';
import type { editorEn } from './en';

/** The editor messages in Ukrainian. Machine-drafted: not yet reviewed by a Ukrainian speaker (see review-status.ts). */
export const editorUk = {} as const satisfies Translation<typeof editorEn>;
