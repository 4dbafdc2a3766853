import type { SourceMessages } from '../catalogue-types';

/** The replay messages in English, the source language. */
export const replayEn = {} as const satisfies SourceMessages<'replay'>;
