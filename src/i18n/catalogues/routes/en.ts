import type { SourceMessages } from '../catalogue-types';

/** The routes messages in English, the source language. */
export const routesEn = {} as const satisfies SourceMessages<'routes'>;
