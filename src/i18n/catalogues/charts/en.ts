import type { SourceMessages } from '../catalogue-types';

/** The charts messages in English, the source language. */
export const chartsEn = {} as const satisfies SourceMessages<'charts'>;
