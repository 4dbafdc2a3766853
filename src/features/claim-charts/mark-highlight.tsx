import { useMarkHighlight } from '@/stores/mark-highlight-store';
import type { ChartLayout } from './chart-layout-types';

/**
 * A ring around each highlighted mark: solid for a claim just made, dashed for a claim whose state just changed
 * (the shape of the ring, not only its colour, says which; the replay's text says it in words). Drawn over the
 * marks and under the hit layer, so every click still lands on the claim under the pointer.
 */
export function HighlightLayer({ layout }: { layout: ChartLayout }) {
  const highlight = useMarkHighlight();
  if (!highlight || (highlight.added.size === 0 && highlight.changed.size === 0)) return null;
  const r = layout.markerSize + 6;
  const marks = [...layout.marks, ...(layout.lane?.marks ?? [])].filter(
    ({ placed }) => highlight.added.has(placed.claim.id) || highlight.changed.has(placed.claim.id),
  );
  return (
    <g className="mark-highlights" aria-hidden="true">
      {marks.map(({ placed, x, y }) => (
        <circle
          // A new key on each step restarts the ring's fade.
          key={`${placed.claim.id}-${highlight.added.has(placed.claim.id) ? 'new' : 'changed'}`}
          className={`mark-highlight mark-highlight--${highlight.added.has(placed.claim.id) ? 'new' : 'changed'}`}
          data-highlight-id={placed.claim.id}
          cx={x}
          cy={y}
          r={r}
        />
      ))}
    </g>
  );
}
