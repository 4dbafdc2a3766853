import { lazy, Suspense, useCallback, useState } from 'react';
import { useInRouterContext, useLocation } from 'react-router';
import { paths } from '@/config/paths';

const ChartEmbedDialog = lazy(async () => ({ default: (await import('./chart-embed-dialog')).ChartEmbedDialog }));

interface ChartEmbedButtonProps {
  chartId: string;
  chartTitle: string;
}

/** "Embed" in a chart's export menu, on the charts view: opens the chart's <iframe> code. */
export function ChartEmbedButton(props: ChartEmbedButtonProps) {
  // A chart drawn outside the app's routes (a test, an export) has no view to embed.
  return useInRouterContext() ? <EmbedButtonInView {...props} /> : null;
}

function EmbedButtonInView({ chartId, chartTitle }: ChartEmbedButtonProps) {
  const { pathname, search } = useLocation();
  const [open, setOpen] = useState(false);
  const onClose = useCallback(() => setOpen(false), []);
  if (pathname !== paths.charts) return null;
  return (
    <>
      <button
        type="button"
        className="button button--quiet button--small"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        Embed
      </button>
      {open ? (
        <Suspense fallback={null}>
          <ChartEmbedDialog chartId={chartId} chartTitle={chartTitle} viewSearch={search} onClose={onClose} />
        </Suspense>
      ) : null}
    </>
  );
}
