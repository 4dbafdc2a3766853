import type { Translation } from '../catalogue-types';
import type { compareEn } from './en';

/** The compare view, in Korean. Machine-drafted: not yet reviewed by a Korean speaker (see review-status.ts). */
export const compareKo = {
  'compare.heading': '주장 비교',
  'compare.headingMetric': '주장 비교: <metric></metric>',
  'compare.metric': '지표',
  'compare.groupBy': '묶음 단위',
  'compare.window.week': '주',
  'compare.window.month': '월',
  'compare.window.quarter': '분기',
  'compare.explanation':
    '주장은 수치가 가리키는 기간(제시된 경우 ‘기준’ 날짜, 그렇지 않으면 주장한 날)별로 묶입니다. 연구 노트에 기록된 상충 관계는 표시됩니다.',
  'compare.empty': '필터에 맞는 이 지표의 주장이 없습니다',
  'compare.groupClaims': { other: '{sources} 주장 {count}건' },
  'compare.fromSources': { other: '출처 {count}곳의' },
  'compare.spreadOverClaims': { other: '주장 {count}건의 범위 {range}' },
  'compare.spreadRatio': '(최고치는 최저치의 {ratio}배)',
  'compare.spreadOverOrigins': { other: '독립 기원 {count}개의 범위 {range}' },
  'compare.column.figure': '수치',
  'compare.column.kind': '종류',
  'compare.column.saidBy': '발언자',
  'compare.column.claimed': '주장 일자',
  'compare.column.state': '상태',
  'compare.column.grade': '등급',
  'compare.column.contradicts': '상충 주장',
  'compare.openClaim': '{id} 열기: {figure}',
  'compare.notGraded': '등급 없음',
  'compare.listedEarliest': {
    other:
      '주장 {count}건 중 가장 이른 {shown}건을 표시합니다. 범위와 집계는 전체를 포함합니다. 나머지를 보려면 필터를 좁히십시오.',
  },
  'compare.axis': '막대의 축은 0부터 {max}까지입니다.',
  'compare.stripLabel': '0에서 시작하는 척도 위의 {min}부터 {max}까지의 수치: 위에 {claims}, 아래에 {origins}',
  'compare.stripClaims': { other: '주장 {count}건' },
  'compare.stripOrigins': { other: '독립 기원 {count}개' },
  'compare.tickClaims': '주장',
  'compare.tickOrigins': '기원',
} as const satisfies Translation<typeof compareEn>;
