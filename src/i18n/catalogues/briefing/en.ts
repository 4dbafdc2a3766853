import type { SourceMessages } from '../catalogue-types';

/** The briefing messages in English, the source language. */
export const briefingEn = {} as const satisfies SourceMessages<'briefing'>;
