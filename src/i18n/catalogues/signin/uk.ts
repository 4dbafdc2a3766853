import type { Translation } from '../catalogue-types';
import type { signinEn } from './en';

/** Analyst sign-in, in Ukrainian. Machine-drafted: not yet reviewed by a Ukrainian speaker (see review-status.ts). */
export const signinUk = {
  'signin.open': 'Вхід для аналітиків',
  'signin.dialogTitle': 'Увійдіть, щоб редагувати твердження',
  'signin.submit': 'Увійти',
  'signin.tokenLabel': 'Токен API',
  'signin.tokenHelp':
    'Попросіть токен в адміністратора (npm run token). Він зберігається лише для цієї вкладки браузера.',
  'signin.tokenTooShort': 'Вставте токен API повністю.',
  'signin.tokenRefused': 'API не прийняв цей токен.',
  'signin.signInAgain': 'Токен не прийнято: увійдіть знову',
  'signin.signedInAs': 'Ви ввійшли як <name>{name}</name> ({role})',
  'signin.signOut': 'Вийти',
  'signin.roleViewer': 'читач',
  'signin.roleAnalyst': 'аналітик',
  'signin.roleAdmin': 'адміністратор',
} as const satisfies Translation<typeof signinEn>;
