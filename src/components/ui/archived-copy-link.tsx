import type { ArchivedCopy } from '@/contract/archived-copy-schema';
import { useT } from '@/i18n/translate';
import { formatPartialDate } from '@/lib/format';
import { classifyAddress } from '@/lib/safe-url';
import '@/styles/archived-copies.css';

/**
 * "Archived copy (12 Mar 2025)": a link to the archive when its address is plain http(s), else the address as text
 * with the reason. The SHA-256, where known, follows in short ("SHA-256 ab12cd34…"); its full value is the title and
 * what a screen reader reads.
 */
export function ArchivedCopyLink({ copy }: { copy: ArchivedCopy }) {
  const t = useT();
  const label = t('common.archivedCopy', { date: formatPartialDate(copy.capturedOn) });
  const verdict = classifyAddress(copy.url);
  return (
    <span className="archived-copy">
      {verdict.kind === 'link' ? (
        <a className="archived-copy__link" href={verdict.href} target="_blank" rel="noopener noreferrer">
          {label}
          <span className="visually-hidden">{t('common.archivedCopyAt', { host: verdict.host })}</span>
        </a>
      ) : (
        <span className="source-link--unsafe">
          {label}{' '}
          <span className="source-link__warning" role="note">
            {t('common.notLinked', { reason: verdict.reason })}
          </span>{' '}
          <code dir="ltr">{copy.url}</code>
        </span>
      )}
      {copy.sha256 ? (
        <span className="archived-copy__hash" title={`SHA-256 ${copy.sha256}`}>
          {' '}
          <span aria-hidden="true">SHA-256 {copy.sha256.slice(0, 8)}…</span>
          <span className="visually-hidden">SHA-256 {copy.sha256}</span>
        </span>
      ) : null}
    </span>
  );
}
