import type { Translation } from '../catalogue-types';
import type { shellEn } from './en';

/** The page's frame, in Korean. Machine-drafted: not yet reviewed by a Korean speaker (see review-status.ts). */
export const shellKo = {
  'shell.skipToCharts': '차트로 건너뛰기',
  'shell.title': '북한의 러시아 전쟁 지원: 보도된 수치',
  'shell.ledeLong':
    '모든 점은 누군가가 한 주장이며 확정된 사실이 아닙니다. 모양과 채우기는 검증 정도를, 윤곽선은 수치의 종류를 나타냅니다. 경고는 결코 집계가 아닙니다.',
  'shell.ledeShort': '모든 점은 누군가가 한 주장이며 확정된 사실이 아닙니다. 경고는 결코 집계가 아닙니다.',
  'shell.footer':
    '데이터: 공개 보도에 관한 연구 노트 64건(2023–2025년)과 기초 텍스트 2건. 모든 주장에는 매체, 주소, 날짜, 인용문이 있습니다. 출처가 말한 것에 아무것도 덧붙이지 않습니다. <api>API 계약(OpenAPI)</api>',
  'shell.language': '언어',
  'shell.machineDrafted': '이 한국어 번역은 기계로 초안을 작성했으며 아직 한국어 사용자의 검토를 거치지 않았습니다.',
  'shell.theme': '테마',
  'shell.themeSystem': '시스템',
  'shell.themeLight': '밝게',
  'shell.themeDark': '어둡게',
} as const satisfies Translation<typeof shellEn>;
