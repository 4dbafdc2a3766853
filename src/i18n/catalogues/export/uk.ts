import type { Translation } from '../catalogue-types';
import type { exportEn } from './en';

/** The export buttons, in Ukrainian. Machine-drafted: not yet reviewed by a Ukrainian speaker (see review-status.ts). */
export const exportUk = {
  'export.csv': 'Експорт у CSV',
  'export.json': 'Експорт у JSON',
  'export.exporting': {
    one: 'Експортуємо {count} твердження у форматі {format}…',
    few: 'Експортуємо {count} твердження у форматі {format}…',
    many: 'Експортуємо {count} тверджень у форматі {format}…',
    other: 'Експортуємо {count} твердження у форматі {format}…',
  },
  'export.exported': {
    one: 'Експортовано {count} твердження у форматі {format}',
    few: 'Експортовано {count} твердження у форматі {format}',
    many: 'Експортовано {count} тверджень у форматі {format}',
    other: 'Експортовано {count} твердження у форматі {format}',
  },
  'export.exportedWithoutOrigins': {
    one: 'Експортовано {count} твердження у форматі {format} (назви першоджерел недоступні: лише їхні ідентифікатори)',
    few: 'Експортовано {count} твердження у форматі {format} (назви першоджерел недоступні: лише їхні ідентифікатори)',
    many: 'Експортовано {count} тверджень у форматі {format} (назви першоджерел недоступні: лише їхні ідентифікатори)',
    other:
      'Експортовано {count} твердження у форматі {format} (назви першоджерел недоступні: лише їхні ідентифікатори)',
  },
  'export.failed': 'Експорт не вдався: {message}',
} as const satisfies Translation<typeof exportEn>;
