import type { SourceMessages } from '../catalogue-types';

/** The panel messages in English, the source language. */
export const panelEn = {} as const satisfies SourceMessages<'panel'>;
