import type { Translation } from '../catalogue-types';
import type { signinEn } from './en';

/** Analyst sign-in, in Korean. Machine-drafted: not yet reviewed by a Korean speaker (see review-status.ts). */
export const signinKo = {
  'signin.open': '분석가 로그인',
  'signin.dialogTitle': '주장을 편집하려면 로그인하세요',
  'signin.submit': '로그인',
  'signin.tokenLabel': 'API 토큰',
  'signin.tokenHelp': '관리자에게 토큰을 요청하세요(npm run token). 토큰은 이 브라우저 탭에만 보관됩니다.',
  'signin.tokenTooShort': 'API 토큰 전체를 붙여 넣으세요.',
  'signin.tokenRefused': 'API가 이 토큰을 받아들이지 않았습니다.',
  'signin.signInAgain': '토큰이 거부됨: 다시 로그인',
  'signin.signedInAs': '<name>{name}</name>({role}) 님으로 로그인됨',
  'signin.signOut': '로그아웃',
  'signin.roleViewer': '열람자',
  'signin.roleAnalyst': '분석가',
  'signin.roleAdmin': '관리자',
} as const satisfies Translation<typeof signinEn>;
