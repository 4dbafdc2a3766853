import type { Translation } from '../catalogue-types';
import type { compareEn } from './en';

/** The compare view, in Ukrainian. Machine-drafted: not yet reviewed by a Ukrainian speaker (see review-status.ts). */
export const compareUk = {
  'compare.heading': 'Порівняння тверджень',
  'compare.headingMetric': 'Порівняння тверджень: <metric></metric>',
  'compare.metric': 'Показник',
  'compare.groupBy': 'Групувати за',
  'compare.window.week': 'тижнем',
  'compare.window.month': 'місяцем',
  'compare.window.quarter': 'кварталом',
  'compare.explanation':
    'Твердження згруповано за періодом, до якого належить їхня цифра (дата «станом на», якщо її вказано, інакше день, коли твердження зроблено). Суперечності, записані в дослідницьких нотатках, позначено.',
  'compare.empty': 'Жодне твердження для цього показника не відповідає фільтрам',
  'compare.groupClaims': {
    one: '{count} твердження {sources}',
    few: '{count} твердження {sources}',
    many: '{count} тверджень {sources}',
    other: '{count} твердження {sources}',
  },
  'compare.fromSources': {
    one: 'з {count} джерела',
    few: 'з {count} джерел',
    many: 'з {count} джерел',
    other: 'з {count} джерела',
  },
  'compare.spreadOverClaims': {
    one: 'розкид {range} серед {count} твердження',
    few: 'розкид {range} серед {count} тверджень',
    many: 'розкид {range} серед {count} тверджень',
    other: 'розкид {range} серед {count} твердження',
  },
  'compare.spreadRatio': '(найбільша цифра в {ratio} раза більша за найменшу)',
  'compare.spreadOverOrigins': {
    one: '{range} серед {count} незалежного першоджерела',
    few: '{range} серед {count} незалежних першоджерел',
    many: '{range} серед {count} незалежних першоджерел',
    other: '{range} серед {count} незалежного першоджерела',
  },
  'compare.column.figure': 'Цифра',
  'compare.column.kind': 'Тип',
  'compare.column.saidBy': 'Хто сказав',
  'compare.column.claimed': 'Дата твердження',
  'compare.column.state': 'Стан',
  'compare.column.grade': 'Оцінка достовірності',
  'compare.column.contradicts': 'Суперечить',
  'compare.openClaim': 'Відкрити {id}: {figure}',
  'compare.notGraded': 'Не оцінено',
  'compare.listedEarliest': {
    one: 'Показано {shown} найдавніших із {count} твердження; розкид і підрахунки охоплюють усі. Звузьте фільтри, щоб побачити решту.',
    few: 'Показано {shown} найдавніших із {count} тверджень; розкид і підрахунки охоплюють усі. Звузьте фільтри, щоб побачити решту.',
    many: 'Показано {shown} найдавніших із {count} тверджень; розкид і підрахунки охоплюють усі. Звузьте фільтри, щоб побачити решту.',
    other:
      'Показано {shown} найдавніших із {count} твердження; розкид і підрахунки охоплюють усі. Звузьте фільтри, щоб побачити решту.',
  },
  'compare.axis': 'Вісь смуги йде від 0 до {max}.',
  'compare.stripLabel': 'Цифри від {min} до {max} на шкалі від нуля: зверху {claims}, знизу {origins}',
  'compare.stripClaims': {
    one: '{count} твердження',
    few: '{count} твердження',
    many: '{count} тверджень',
    other: '{count} твердження',
  },
  'compare.stripOrigins': {
    one: '{count} незалежне першоджерело',
    few: '{count} незалежні першоджерела',
    many: '{count} незалежних першоджерел',
    other: '{count} незалежного першоджерела',
  },
  'compare.tickClaims': 'твердження',
  'compare.tickOrigins': 'першоджерела',
} as const satisfies Translation<typeof compareEn>;
