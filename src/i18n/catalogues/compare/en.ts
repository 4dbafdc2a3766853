import type { SourceMessages } from '../catalogue-types';

/** The compare messages in English, the source language. */
export const compareEn = {} as const satisfies SourceMessages<'compare'>;
