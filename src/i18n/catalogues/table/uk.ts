import type { Translation } from '../catalogue-types';
import type { tableEn } from './en';

/** The claims table, in Ukrainian. Machine-drafted: not yet reviewed by a Ukrainian speaker (see review-status.ts). */
export const tableUk = {
  'table.heading': 'Таблиця тверджень',
  'table.showing': {
    one: 'Показано {shown} з {count} твердження',
    few: 'Показано {shown} з {count} тверджень',
    many: 'Показано {shown} з {count} тверджень',
    other: 'Показано {shown} з {count} твердження',
  },
  'table.noMatch': 'Жодне твердження не відповідає цим фільтрам',
  'table.removeFilter': 'Зніміть фільтр, щоб побачити більше тверджень.',
  'table.matchedLoaded': {
    one: 'Відповідають {matched} з {count} твердження · завантажено {loaded}, від найдавніших',
    few: 'Відповідають {matched} з {count} тверджень · завантажено {loaded}, від найдавніших',
    many: 'Відповідають {matched} з {count} тверджень · завантажено {loaded}, від найдавніших',
    other: 'Відповідають {matched} з {count} твердження · завантажено {loaded}, від найдавніших',
  },
  'table.loadingMore': 'Завантаження наступних тверджень…',
  'table.loadMore': 'Завантажити ще твердження (завантажено {loaded} з {matched})',
  'table.scrollable': 'Таблиця тверджень, прокручувана',
  'table.captionPaged':
    'Відфільтровані твердження, від найдавніших: завантажено {loaded} з {total}, решта завантажується під час прокручування',
  'table.captionAscending': 'Відфільтровані твердження, упорядковані за стовпцем «{column}» за зростанням',
  'table.captionDescending': 'Відфільтровані твердження, упорядковані за стовпцем «{column}» за спаданням',
  'table.column.claimed': 'Дата твердження',
  'table.column.metric': 'Показник',
  'table.column.figure': 'Цифра',
  'table.column.kind': 'Тип',
  'table.column.speaker': 'Хто сказав',
  'table.column.state': 'Стан',
  'table.column.outlet': 'Видання',
  'table.open': 'Відкрити',
  'table.openClaim': 'Відкрити {id}',
  'table.olderArchivedCopies': {
    one: '(і ще {count} старіша)',
    few: '(і ще {count} старіші)',
    many: '(і ще {count} старіших)',
    other: '(і ще {count} старішої)',
  },
} as const satisfies Translation<typeof tableEn>;
