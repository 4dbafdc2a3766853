import type { Translation } from '../catalogue-types';
import type { commonEn } from './en';

/**
 * The shared UI parts, in Ukrainian. Machine-drafted: not yet reviewed by a Ukrainian speaker (see review-status.ts).
 * The "common.subject.*" words stand after «дані» in the loading messages: they are in the genitive.
 */
export const commonUk = {
  'common.asOfBanner':
    '<strong>Минулий стан: як було відомо станом на {date}.</strong> Твердження, зроблені пізніше (або без дати), приховано, а кожне твердження показано зі станом перевірки, який воно мало того дня.',
  'common.backToToday': 'Повернутися до сьогодні',
  'common.copyLink': 'Копіювати посилання на цей вигляд',
  'common.linkCopied': 'Посилання скопійовано',
  'common.copyFailed': 'Не вдалося скопіювати: скопіюйте адресу з адресного рядка',
  'common.hiddenCharacters': {
    one: '(містить {count} прихований символ: {codes})',
    few: '(містить {count} приховані символи: {codes})',
    many: '(містить {count} прихованих символів: {codes})',
    other: '(містить {count} прихованого символу: {codes})',
  },
  'common.linkPartsIgnored': 'Деякі частини цього посилання проігноровано',
  'common.cancel': 'Скасувати',
  'common.demoScenario': '<strong>Демонстраційний сценарій «{name}»:</strong> {description}',
  'common.scenarioLarge': {
    one: 'API містить {count} СИНТЕТИЧНЕ твердження, а не реальні повідомлення.',
    few: 'API містить {count} СИНТЕТИЧНІ твердження, а не реальні повідомлення.',
    many: 'API містить {count} СИНТЕТИЧНИХ тверджень, а не реальні повідомлення.',
    other: 'API містить {count} СИНТЕТИЧНОГО твердження, а не реальні повідомлення.',
  },
  'common.backToNormalData': 'Повернутися до звичайних даних',
  'common.panelFailed': 'Не вдалося показати розділ «{name}»',
  'common.panel.filters': 'Фільтри',
  'common.panel.view': 'Перегляд',
  'common.panel.legend': 'Легенда',
  'common.panel.claimPanel': 'Панель твердження',
  'common.tryAgain': 'Спробувати ще раз',
  'common.offlineShowingEarlier': 'Офлайн: показано раніше завантажені дані {what}',
  'common.offlineWillLoad': 'Офлайн: дані {what} завантажаться, щойно з’єднання відновиться',
  'common.offlineDetail':
    'Браузер повідомляє, що мережевого з’єднання немає; панель оновиться сама, щойно воно відновиться.',
  'common.loadingRetrying': 'Завантаження даних {what}… спроба {attempt} не вдалася, пробуємо ще раз',
  'common.loading': 'Завантаження даних {what}…',
  'common.refreshFailed': 'Показано раніше завантажені дані {what}: останнє оновлення не вдалося',
  'common.loadFailed': 'Не вдалося завантажити дані {what}',
  'common.subject.claims': 'тверджень',
  'common.subject.claim': 'твердження',
  'common.subject.claimSummary': 'зведення тверджень',
  'common.subject.sources': 'джерел',
  'common.subject.recordedMerges': 'записаних об’єднань',
  'common.subject.merges': 'об’єднань',
  'common.subject.origin': 'першоджерела',
  'common.rejectedRecords': {
    one: 'Якість даних: {count} запис даних {what} відкладено, бо він не відповідає контракту',
    few: 'Якість даних: {count} записи даних {what} відкладено, бо вони не відповідають контракту',
    many: 'Якість даних: {count} записів даних {what} відкладено, бо вони не відповідають контракту',
    other: 'Якість даних: {count} запису даних {what} відкладено, бо вони не відповідають контракту',
  },
  'common.recordNumber': 'Запис №{number}',
  'common.noAddress': 'Адресу не записано',
  'common.notLinked': '⚠ Посилання не створено: ця адреса може бути небезпечною ({reason}).',
  'common.opensInNewTab': '(відкриває джерело в новій вкладці)',
  'common.address.spaces': 'містить пробіли або приховані керівні символи, які можуть маскувати, куди вона веде',
  'common.address.backslashes': 'містить зворотні скісні риски, які браузер може прочитати як іншу адресу',
  'common.address.noScheme': 'не має схеми (починається з //)',
  'common.address.otherScheme': 'є адресою {scheme}:, а не вебадресою',
  'common.address.notAbsolute': 'не є абсолютною вебадресою',
  'common.address.invalid': 'не є дійсною вебадресою',
  'common.address.hiddenHost': 'приховує справжній хост ({host}) після «@»',
  'common.address.lookalikeHost': 'має інтернаціоналізоване ім’я хоста ({host}), яке може імітувати інше',
  'common.archivedCopy': 'Архівна копія ({date})',
  'common.archivedCopyAt': ', на {host}, відкривається в новій вкладці',
} as const satisfies Translation<typeof commonEn>;
