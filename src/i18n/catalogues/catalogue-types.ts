import type { Message, PluralMessage } from '../message-format';

/** A namespace's messages in English, the source language: keys start with the namespace ("filters.clearAll"). */
export type SourceMessages<Namespace extends string> = Readonly<Record<`${Namespace}.${string}`, Message>>;

/** The same keys in another language: every key present (the type checker says which is missing), no other. */
export type Translation<T> = { readonly [K in keyof T]: T[K] extends string ? string : PluralMessage };
