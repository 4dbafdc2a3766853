import type { Locale } from '@/contract/locale';
import { en, type Catalogue } from './en';
import { ko } from './ko';
import { uk } from './uk';

/** Every message of every language: for the server's render, which may render any page in any language. */
export const EVERY_CATALOGUE: Readonly<Record<Locale, Catalogue>> = { en, ko, uk };
