import type { SourceMessages } from '../catalogue-types';

/** The replay (src/features/replay): its bar, its status and what each step changed; in English. */
export const replayEn = {
  'replay.name': 'Replay: the picture as it was known',
  'replay.play': 'Play',
  'replay.pause': 'Pause',
  'replay.playFromStart': 'Play from the start',
  'replay.weekBefore': '‹ Week before',
  'replay.weekAfter': 'Week after ›',
  'replay.close': 'Close replay',
  'replay.asKnownOn': 'As known on <strong>{date}</strong>',
  'replay.sliderValue': 'As known on {date}, week {week} of {weeks}',
  'replay.span': '{from} → {to}, a week a step',
  'replay.madeByThen': { one: '{count} claim made by then', other: '{count} claims made by then' },
  'replay.loading': 'loading the claims…',
  'replay.thisWeek': {
    one: 'this week {added} new, {count} state changed',
    other: 'this week {added} new, {count} states changed',
  },
  'replay.tooMany': 'too many claims to list what changed each week',
  'replay.new': 'New',
  'replay.stateChanged': 'State changed',
  'replay.andMore': 'and {count} more',
} as const satisfies SourceMessages<'replay'>;
