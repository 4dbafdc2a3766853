import type { Translation } from '../catalogue-types';
import type { embedEn } from './en';

/** The embed view, in Korean. Machine-drafted: not yet reviewed by a Korean speaker (see review-status.ts). */
export const embedKo = {
  'embed.heading': 'Claimwatch: 북한의 러시아 전쟁 지원, 보도된 수치',
  'embed.lede': '모든 점은 누군가가 한 주장이며 확정된 사실이 아닙니다. 경고는 결코 집계가 아닙니다.',
  'embed.fullView': '모든 출처와 인용문이 있는 전체 보기 열기',
  'embed.methodology': '주장을 기록하는 방법',
  'embed.opensNewTab': '(새 탭에서 열림)',
} as const satisfies Translation<typeof embedEn>;
