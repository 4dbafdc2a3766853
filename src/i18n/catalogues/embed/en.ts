import type { SourceMessages } from '../catalogue-types';

/** The embed messages in English, the source language. */
export const embedEn = {} as const satisfies SourceMessages<'embed'>;
