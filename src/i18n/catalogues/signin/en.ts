import type { SourceMessages } from '../catalogue-types';

/** Analyst sign-in, in English, the source language. */
export const signinEn = {
  'signin.open': 'Analyst sign-in',
  'signin.dialogTitle': 'Sign in to edit claims',
  'signin.submit': 'Sign in',
  'signin.tokenLabel': 'API token',
  'signin.tokenHelp': 'Ask an admin for a token (npm run token). It is kept for this browser tab only.',
  'signin.tokenTooShort': 'Paste the full API token.',
  'signin.tokenRefused': 'That token was not accepted by the API.',
  'signin.signInAgain': 'Token not accepted: sign in again',
  'signin.signedInAs': 'Signed in as <name>{name}</name> ({role})',
  'signin.signOut': 'Sign out',
  'signin.roleViewer': 'viewer',
  'signin.roleAnalyst': 'analyst',
  'signin.roleAdmin': 'admin',
} as const satisfies SourceMessages<'signin'>;
