import { useState } from 'react';
import { useT } from '@/i18n/translate';

/** Copies the page address, which holds the whole view, to share it. */
export function CopyLinkButton() {
  const t = useT();
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
    setTimeout(() => setCopied('idle'), 2500);
  };
  return (
    <span className="copy-link">
      <button type="button" className="button button--quiet" onClick={() => void copy()}>
        {t('common.copyLink')}
      </button>
      <span role="status" className="copy-link__status">
        {copied === 'copied' ? t('common.linkCopied') : copied === 'failed' ? t('common.copyFailed') : ''}
      </span>
    </span>
  );
}
