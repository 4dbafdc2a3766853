import type { SourceMessages } from '../catalogue-types';

/** The signin messages in English, the source language. */
export const signinEn = {} as const satisfies SourceMessages<'signin'>;
