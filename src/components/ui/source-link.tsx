import { classifyAddress } from '@/lib/safe-url';
import { useT } from '@/i18n/translate';

/** A source address: a link only when it is a plain http(s) address; anything else is shown as text, saying why. */
export function SourceLink({ url }: { url: string | null }) {
  const t = useT();
  if (url === null) return <span className="muted">{t('common.noAddress')}</span>;
  const verdict = classifyAddress(url);
  if (verdict.kind === 'text') {
    return (
      <span className="source-link source-link--unsafe">
        <span className="source-link__warning" role="note">
          {t('common.notLinked', { reason: verdict.reason })}
        </span>{' '}
        <code dir="ltr">{url}</code>
      </span>
    );
  }
  return (
    <a className="source-link" href={verdict.href} target="_blank" rel="noopener noreferrer">
      {verdict.host.replace(/^www\./, '')}
      <span className="visually-hidden"> {t('common.opensInNewTab')}</span>
    </a>
  );
}
