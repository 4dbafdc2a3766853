import type { SourceMessages } from '../catalogue-types';

/** The import messages in English, the source language. */
export const importEn = {} as const satisfies SourceMessages<'import'>;
