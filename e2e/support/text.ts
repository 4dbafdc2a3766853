import type { Claim } from '../../src/contract/claim-schema';

/** The labels the UI uses for each verification state (the DOM contract). */
export const STATE_LABELS: Record<Claim['verification']['state'], string> = {
  officially_confirmed: 'Officially confirmed',
  corroborated: 'Corroborated',
  single_source: 'Single source',
  unverified: 'Unverified',
  evasive_no_comment: 'Evasive / no comment',
  disputed_denied: 'Disputed or denied',
  retracted: 'Retracted',
};

/** Escapes text for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whitespace runs as one space, trimmed. */
export const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
