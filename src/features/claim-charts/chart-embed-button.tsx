import { useCallback, useState } from 'react';
import { onDemand } from '@/lib/on-demand';
import { useT } from '@/i18n/translate';

// Opened in the browser alone: held in state, not React.lazy (lib/on-demand).
const ChartEmbedDialog = onDemand(async () => (await import('./chart-embed-dialog')).ChartEmbedDialog);

interface ChartEmbedButtonProps {
  chartId: string;
  chartTitle: string;
}

/**
 * "Embed" in a chart's export menu: opens the chart's <iframe> code for the view as shown. The view's address is read
 * when the dialog opens, not subscribed to: a chart below the fold waits to hydrate, and a navigation that reached
 * into its boundary (the location, through a hook) would wait for it.
 */
export function ChartEmbedButton({ chartId, chartTitle }: ChartEmbedButtonProps) {
  const t = useT();
  const [search, setSearch] = useState<string | null>(null);
  const onClose = useCallback(() => setSearch(null), []);
  return (
    <>
      <button
        type="button"
        className="button button--quiet button--small"
        aria-haspopup="dialog"
        onClick={() => setSearch(window.location.search)}
      >
        {t('charts.embed')}
      </button>
      {search !== null ? (
        <ChartEmbedDialog chartId={chartId} chartTitle={chartTitle} viewSearch={search} onClose={onClose} />
      ) : null}
    </>
  );
}
