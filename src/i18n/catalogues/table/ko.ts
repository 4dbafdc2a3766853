import type { Translation } from '../catalogue-types';
import type { tableEn } from './en';

/** The claims table, in Korean. Machine-drafted: not yet reviewed by a Korean speaker (see review-status.ts). */
export const tableKo = {
  'table.heading': '주장 표',
  'table.showing': { other: '주장 {count}건 중 {shown}건 표시' },
  'table.noMatch': '이 필터에 맞는 주장이 없습니다',
  'table.removeFilter': '필터를 하나 해제하면 더 많은 주장을 볼 수 있습니다.',
  'table.matchedLoaded': { other: '주장 {count}건 중 {matched}건 일치 · {loaded}건 불러옴, 오래된 순' },
  'table.loadingMore': '주장을 더 불러오는 중…',
  'table.loadMore': '주장 더 불러오기 ({matched}건 중 {loaded}건 불러옴)',
  'table.scrollable': '주장 표, 스크롤 가능',
  'table.captionPaged': '필터링된 주장, 오래된 순: {total}건 중 {loaded}건 불러옴, 스크롤하면 더 불러옵니다',
  'table.captionAscending': '필터링된 주장, {column} 기준 오름차순 정렬',
  'table.captionDescending': '필터링된 주장, {column} 기준 내림차순 정렬',
  'table.column.claimed': '주장 일자',
  'table.column.metric': '지표',
  'table.column.figure': '수치',
  'table.column.kind': '종류',
  'table.column.speaker': '발언자',
  'table.column.state': '상태',
  'table.column.outlet': '매체',
  'table.open': '열기',
  'table.openClaim': '{id} 열기',
  'table.olderArchivedCopies': { other: '(이전 보관본 {count}개 더)' },
} as const satisfies Translation<typeof tableEn>;
