import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { embedCode, embedUrl } from '@/contract/embed';
import { FormDialog } from '@/components/ui/form-dialog';
import { OPEN_CLAIM_PARAM, REPLAY_PARAM } from '@/config/paths';
import { RichText } from '@/i18n/rich-text';
import { t as translateNow, useT } from '@/i18n/translate';

interface ChartEmbedDialogProps {
  chartId: string;
  chartTitle: string;
  /** The view's parameters (filters, as-of, labels): the embed shows the chart as this view does. */
  viewSearch: string;
  onClose: () => void;
}

/** The <iframe> code of one chart of this view, to copy into another site's page. Opens when mounted. */
export function ChartEmbedDialog({ chartId, chartTitle, viewSearch, onClose }: ChartEmbedDialogProps) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const fieldId = useId();
  const [status, setStatus] = useState('');
  const params = new URLSearchParams(viewSearch);
  // What belongs to this tab, not to the view: an opened claim, a replay running.
  params.delete(OPEN_CLAIM_PARAM);
  params.delete(REPLAY_PARAM);
  const src = embedUrl(window.location.origin, params, chartId);
  const code = embedCode({ src, title: `Claimwatch: ${chartTitle}` });
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    element.showModal();
    element.addEventListener('close', onClose);
    return () => element.removeEventListener('close', onClose);
  }, [onClose]);
  const copy = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    navigator.clipboard.writeText(code).then(
      () => setStatus(translateNow('charts.embed.copied')),
      () => setStatus(translateNow('charts.embed.copyFailed')),
    );
  };
  return (
    <FormDialog
      ref={dialog}
      title={t('charts.embed.title', { title: chartTitle })}
      submitLabel={t('charts.embed.copy')}
      onSubmit={copy}
    >
      <p>{t('charts.embed.intro')}</p>
      <label htmlFor={fieldId}>{t('charts.embed.code')}</label>
      <textarea
        id={fieldId}
        className="chart-embed__code"
        readOnly
        rows={6}
        value={code}
        onFocus={(event) => event.currentTarget.select()}
      />
      <p className="muted">
        <RichText
          text={t('charts.embed.address')}
          tags={{
            link: () => (
              <a href={src} target="_blank" rel="noopener">
                {src}
              </a>
            ),
          }}
        />
      </p>
      <p role="status">{status}</p>
    </FormDialog>
  );
}
