import type { SourceMessages } from '../catalogue-types';

/** The methodology messages in English, the source language. */
export const methodologyEn = {} as const satisfies SourceMessages<'methodology'>;
