import type { Translation } from '../catalogue-types';
import type { replayEn } from './en';

/** The replay messages in Korean. Machine-drafted: not yet reviewed by a Korean speaker (see review-status.ts). */
export const replayKo = {
  'replay.name': '재생: 당시 알려진 그대로의 상황',
  'replay.play': '재생',
  'replay.pause': '일시 정지',
  'replay.playFromStart': '처음부터 재생',
  'replay.weekBefore': '‹ 한 주 전',
  'replay.weekAfter': '한 주 후 ›',
  'replay.close': '재생 닫기',
  'replay.asKnownOn': '<strong>{date}</strong> 기준으로 알려진 내용',
  'replay.sliderValue': '{date} 기준으로 알려진 내용, {weeks}주 중 {week}주째',
  'replay.span': '{from} → {to}, 한 단계에 한 주',
  'replay.madeByThen': { other: '그때까지 나온 주장 {count}건' },
  'replay.loading': '주장을 불러오는 중…',
  'replay.thisWeek': { other: '이번 주 신규 {added}건, 상태 변경 {count}건' },
  'replay.tooMany': '주장이 너무 많아 주마다 바뀐 내용을 나열할 수 없습니다',
  'replay.new': '신규',
  'replay.stateChanged': '상태 변경',
  'replay.andMore': '외 {count}건',
} as const satisfies Translation<typeof replayEn>;
