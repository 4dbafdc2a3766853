import type { Translation } from '../catalogue-types';
import type { routesEn } from './en';

/** The routes messages in Ukrainian. Machine-drafted: not yet reviewed by a Ukrainian speaker (see review-status.ts). */
export const routesUk = {
  'routes.filters': 'Фільтри',
  'routes.views': 'Подання',
  'routes.tabCharts': 'Графіки',
  'routes.tabTable': 'Таблиця',
  'routes.tabCompare': 'Порівняння',
  'routes.tabBriefing': 'Брифінг',
  'routes.tabSources': 'Джерела',
  'routes.tabAddClaim': 'Додати твердження',
  'routes.tabImport': 'Імпорт',
  'routes.analystSignIn': 'Вхід для аналітиків',
  'routes.openingClaim': 'Відкриваємо твердження…',
  'routes.openingBriefing': 'Відкриваємо ваш брифінг…',
  'routes.replay': 'Відтворити, як це ставало відомо',
  'routes.notFound': 'Такої сторінки не існує',
  'routes.goToDashboard': 'Перейти до панелі',
  'routes.viewFailed': 'Не вдалося показати це подання',
  'routes.codeNotDownloaded':
    'Не вдалося завантажити код цього подання. Перевірте з’єднання, а потім перезавантажте сторінку.',
  'routes.unknownError': 'Сталася невідома помилка.',
  'routes.reload': 'Перезавантажити сторінку',
  'routes.goToCharts': 'Перейти до графіків',
  'routes.deckDamaged': 'Це посилання на презентацію пошкоджене',
  'routes.deckDamagedDetail': 'Не вдалося прочитати набір слайдів у посиланні. Попросіть нове посилання.',
  'routes.deckEmpty': 'У цьому брифінгу ще немає слайдів',
  'routes.replayNote':
    'Картина, як її знали тоді: запустіть відтворення або переходьте кроками клавішами зі стрілками на повзунку',
  'routes.replayNoteRange':
    'Картина, як її знали тоді, {from} → {to}: запустіть відтворення або переходьте кроками клавішами зі стрілками на повзунку',
  'routes.compareNoteWeek': 'Порівняння, твердження згруповано за тижнями',
  'routes.compareNoteMonth': 'Порівняння, твердження згруповано за місяцями',
  'routes.compareNoteQuarter': 'Порівняння, твердження згруповано за кварталами',
  'routes.tableAsCharts': 'Збережено з подання таблиці, показано як графіки',
} as const satisfies Translation<typeof routesEn>;
