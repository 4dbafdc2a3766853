import type { Translation } from '../catalogue-types';
import type { shellEn } from './en';

/** The page's frame, in Ukrainian. Machine-drafted: not yet reviewed by a Ukrainian speaker (see review-status.ts). */
export const shellUk = {
  'shell.skipToCharts': 'Перейти до графіків',
  'shell.title': 'Підтримка Північною Кореєю війни Росії: повідомлені цифри',
  'shell.ledeLong':
    'Кожна точка — це чиєсь твердження, а не встановлений факт. Форма й заливка показують, наскільки його перевірено; контур показує, що це за цифра. Попередження ніколи не є підрахунком.',
  'shell.ledeShort': 'Кожна точка — це чиєсь твердження, а не встановлений факт. Попередження ніколи не є підрахунком.',
  'shell.footer':
    'Дані: 64 дослідницькі нотатки про публічні повідомлення (2023–2025) і два вихідні тексти; кожне твердження має видання, адресу, дату й цитату. До сказаного джерелами нічого не додано. <api>Контракт API (OpenAPI)</api>',
  'shell.language': 'Мова',
  'shell.machineDrafted': 'Цей український переклад підготовлено машинно; його ще не перевірив носій мови.',
  'shell.theme': 'Тема',
  'shell.themeSystem': 'Системна',
  'shell.themeLight': 'Світла',
  'shell.themeDark': 'Темна',
} as const satisfies Translation<typeof shellEn>;
