import type { Translation } from '../catalogue-types';
import type { embedEn } from './en';

/** The embed view, in Ukrainian. Machine-drafted: not yet reviewed by a Ukrainian speaker (see review-status.ts). */
export const embedUk = {
  'embed.heading': 'Claimwatch: підтримка Північною Кореєю війни Росії, повідомлені цифри',
  'embed.lede': 'Кожна точка — це чиєсь твердження, а не встановлений факт. Попередження ніколи не є підрахунком.',
  'embed.fullView': 'Відкрити повний вигляд з усіма джерелами й цитатами',
  'embed.methodology': 'Як фіксують твердження',
  'embed.opensNewTab': '(відкриється в новій вкладці)',
} as const satisfies Translation<typeof embedEn>;
