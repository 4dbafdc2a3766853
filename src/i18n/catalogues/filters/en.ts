import type { SourceMessages } from '../catalogue-types';

/** The filters messages in English, the source language. */
export const filtersEn = {} as const satisfies SourceMessages<'filters'>;
