import type { ReactNode } from 'react';

/** The elements the page's messages wrap words in: code (a file, a parameter), emphasis, a link to a section. */
export const CODE_TAGS = { code: (inner: string): ReactNode => <code>{inner}</code> };
export const EMPHASIS_TAGS = { ...CODE_TAGS, em: (inner: string): ReactNode => <em>{inner}</em> };
export const CONTRADICTIONS_LINK_TAGS = { link: (inner: string): ReactNode => <a href="#contradictions">{inner}</a> };
