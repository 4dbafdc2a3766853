import type { Translation } from '../catalogue-types';
import type { replayEn } from './en';

/** The replay messages in Ukrainian. Machine-drafted: not yet reviewed by a Ukrainian speaker (see review-status.ts). */
export const replayUk = {
  'replay.name': 'Відтворення: картина такою, якою її знали',
  'replay.play': 'Відтворити',
  'replay.pause': 'Пауза',
  'replay.playFromStart': 'Відтворити з початку',
  'replay.weekBefore': '‹ Тиждень раніше',
  'replay.weekAfter': 'Тиждень пізніше ›',
  'replay.close': 'Закрити відтворення',
  'replay.asKnownOn': 'Як було відомо станом на <strong>{date}</strong>',
  'replay.sliderValue': 'Як було відомо станом на {date}, тиждень {week} з {weeks}',
  'replay.span': '{from} → {to}, крок — один тиждень',
  'replay.madeByThen': {
    one: 'на той час — {count} твердження',
    few: 'на той час — {count} твердження',
    many: 'на той час — {count} тверджень',
    other: 'на той час — {count} твердження',
  },
  'replay.loading': 'завантаження тверджень…',
  'replay.thisWeek': {
    one: 'цього тижня: нових — {added}, змін стану — {count}',
    few: 'цього тижня: нових — {added}, змін стану — {count}',
    many: 'цього тижня: нових — {added}, змін стану — {count}',
    other: 'цього тижня: нових — {added}, змін стану — {count}',
  },
  'replay.tooMany': 'тверджень забагато, щоб перелічити, що змінювалося щотижня',
  'replay.new': 'Нове',
  'replay.stateChanged': 'Стан змінено',
  'replay.andMore': 'і ще {count}',
} as const satisfies Translation<typeof replayEn>;
