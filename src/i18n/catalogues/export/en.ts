import type { SourceMessages } from '../catalogue-types';

/** The export messages in English, the source language. */
export const exportEn = {} as const satisfies SourceMessages<'export'>;
