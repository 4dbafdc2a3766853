import { useT } from '@/i18n/translate';

/** Under an embed: what the points are, a link back to the full view, and how claims are recorded. */
export function EmbedFooter({ fullView, methodology }: { fullView: string; methodology: string }) {
  const t = useT();
  return (
    <footer className="embed__footer">
      <p>
        <strong>Claimwatch</strong> · {t('embed.lede')}
      </p>
      <p>
        <a href={fullView} target="_blank" rel="noopener">
          {t('embed.fullView')}
          <span className="visually-hidden"> {t('embed.opensNewTab')}</span>
        </a>{' '}
        ·{' '}
        <a href={methodology} target="_blank" rel="noopener">
          {t('embed.methodology')}
          <span className="visually-hidden"> {t('embed.opensNewTab')}</span>
        </a>
      </p>
    </footer>
  );
}
