import type { ChartLayout } from './chart-layout-types';

/** The labels that fitted on the chart only as their number, spelled out right beside it: never dropped. */
export function LabelList({ listed, onOpen }: { listed: ChartLayout['listed']; onOpen: (id: string) => void }) {
  if (listed.length === 0) return null;
  return (
    <ol className="chart-label-list" aria-label="Numbered labels on the chart">
      {listed.map(({ id, n, text }) => (
        <li key={id} data-label-list-for={id} value={n}>
          <button type="button" className="link-button" onClick={() => onOpen(id)} tabIndex={-1}>
            <span className="chart-label-list__n">{n}</span> {text}
          </button>
        </li>
      ))}
    </ol>
  );
}
