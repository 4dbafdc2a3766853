import type { SourceMessages } from '../catalogue-types';

/** The sources messages in English, the source language. */
export const sourcesEn = {} as const satisfies SourceMessages<'sources'>;
