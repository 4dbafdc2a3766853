import { t } from '@/i18n/translate';

/**
 * What to do with an address from data: link it (http or https only), or show it as text with the reason (in the
 * page's language, a clause that completes "this address …").
 */
export type AddressVerdict = { kind: 'link'; href: string; host: string } | { kind: 'text'; reason: string };

// eslint-disable-next-line no-control-regex -- control characters are what we look for
const CONTROL_OR_SPACE = /[\u0000-\u001F\u007F-\u009F\s]/;

/**
 * Only absolute http(s) addresses become links. Everything else is shown as text, saying why:
 * other schemes (javascript:, data:, vbscript:, file: … in any case or with hidden characters),
 * protocol-relative or backslashed addresses, addresses that hide their real host after "@",
 * and internationalised host names that may imitate another (xn-- or non-ASCII).
 */
export function classifyAddress(value: string): AddressVerdict {
  const trimmed = value.trim();
  if (CONTROL_OR_SPACE.test(trimmed)) return { kind: 'text', reason: t('common.address.spaces') };
  if (trimmed.includes('\\')) return { kind: 'text', reason: t('common.address.backslashes') };
  if (/^\/\//.test(trimmed)) return { kind: 'text', reason: t('common.address.noScheme') };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') {
    return {
      kind: 'text',
      reason: scheme ? t('common.address.otherScheme', { scheme }) : t('common.address.notAbsolute'),
    };
  }
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { kind: 'text', reason: t('common.address.invalid') };
  }
  if (/^https?:\/\/[^/?#]*@/i.test(trimmed) || url.username !== '' || url.password !== '') {
    return { kind: 'text', reason: t('common.address.hiddenHost', { host: url.hostname }) };
  }
  const rawHost = /^https?:\/\/([^/?#:]*)/i.exec(trimmed)?.[1] ?? '';
  // eslint-disable-next-line no-control-regex -- non-ASCII is what we look for
  if (/[^\u0000-\u007F]/.test(rawHost) || url.hostname.split('.').some((label) => label.startsWith('xn--'))) {
    return { kind: 'text', reason: t('common.address.lookalikeHost', { host: url.hostname }) };
  }
  return { kind: 'link', href: url.href, host: url.hostname };
}

/** The http(s) address to link, or null when the address must be shown as text. */
export function safeHttpUrl(value: string | null): string | null {
  if (value === null) return null;
  const verdict = classifyAddress(value);
  return verdict.kind === 'link' ? verdict.href : null;
}
