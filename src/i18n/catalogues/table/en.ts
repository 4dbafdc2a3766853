import type { SourceMessages } from '../catalogue-types';

/** The table messages in English, the source language. */
export const tableEn = {} as const satisfies SourceMessages<'table'>;
