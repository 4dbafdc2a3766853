import type { SourceMessages } from '../catalogue-types';

/** The editor messages in English, the source language. */
export const editorEn = {} as const satisfies SourceMessages<'editor'>;
