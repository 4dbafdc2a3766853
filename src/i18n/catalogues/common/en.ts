import type { SourceMessages } from '../catalogue-types';

/** The common messages in English, the source language. */
export const commonEn = {} as const satisfies SourceMessages<'common'>;
