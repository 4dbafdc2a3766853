import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { embedCode, embedUrl } from '@/contract/embed';
import { FormDialog } from '@/components/ui/form-dialog';
import { OPEN_CLAIM_PARAM, REPLAY_PARAM } from '@/config/paths';

interface ChartEmbedDialogProps {
  chartId: string;
  chartTitle: string;
  /** The view's parameters (filters, as-of, labels): the embed shows the chart as this view does. */
  viewSearch: string;
  onClose: () => void;
}

/** The <iframe> code of one chart of this view, to copy into another site's page. Opens when mounted. */
export function ChartEmbedDialog({ chartId, chartTitle, viewSearch, onClose }: ChartEmbedDialogProps) {
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
      () => setStatus('Embed code copied'),
      () => setStatus('This browser did not allow copying: select the code and copy it'),
    );
  };
  return (
    <FormDialog ref={dialog} title={`Embed “${chartTitle}”`} submitLabel="Copy code" onSubmit={copy}>
      <p>
        Paste this into a web page. The chart keeps this view’s filters and settings, its key, its sources and its “as
        of” date, and links back here. The script sizes the frame to the chart.
      </p>
      <label htmlFor={fieldId}>Embed code</label>
      <textarea
        id={fieldId}
        className="chart-embed__code"
        readOnly
        rows={6}
        value={code}
        onFocus={(event) => event.currentTarget.select()}
      />
      <p className="muted">
        Address of the embed:{' '}
        <a href={src} target="_blank" rel="noopener">
          {src}
        </a>
      </p>
      <p role="status">{status}</p>
    </FormDialog>
  );
}
