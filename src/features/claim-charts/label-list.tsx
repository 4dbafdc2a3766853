import { useState } from 'react';
import { ComposedText } from '@/components/ui/data-text';
import type { ChartLayout } from './chart-layout-types';
import { useT } from '@/i18n/translate';

/** Up to this many numbered labels (as many as a chart labels in full) are listed open; a longer list starts folded and builds its rows when opened. */
const OPEN_UP_TO = 40;

/** The labels that fitted on the chart only as their number, spelled out right beside it: never dropped. */
export function LabelList({ listed, onOpen }: { listed: ChartLayout['listed']; onOpen: (id: string) => void }) {
  const t = useT();
  const [open, setOpen] = useState(listed.length <= OPEN_UP_TO);
  if (listed.length === 0) return null;
  return (
    <details className="chart-label-list" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('charts.labelList', { count: listed.length })}</summary>
      {open ? (
        <ol aria-label={t('charts.labelListName')}>
          {listed.map(({ id, n, text }) => (
            <li key={id} data-label-list-for={id} value={n}>
              <button type="button" className="link-button" onClick={() => onOpen(id)} tabIndex={-1}>
                <span className="chart-label-list__n">{n}</span> <ComposedText text={text} />
              </button>
            </li>
          ))}
        </ol>
      ) : null}
    </details>
  );
}
