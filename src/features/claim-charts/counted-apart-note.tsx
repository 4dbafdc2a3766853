import { formatNumber } from '@/lib/format';
import type { ChartModel } from './chart-model-types';

const claims = (n: number) => `${formatNumber(n)} ${n === 1 ? 'claim' : 'claims'}`;

/** A chart drawn from the summary: says which of its claims it counts but does not draw, and where they are. */
export function CountedApartNote({ apart }: { apart: NonNullable<ChartModel['countedApart']> }) {
  const parts = [
    apart.withoutFigure > 0 ? `${claims(apart.withoutFigure)} that give no figure` : null,
    apart.undated > 0 ? `${claims(apart.undated)} with no date` : null,
  ].filter((part) => part !== null);
  if (parts.length === 0) return null;
  return (
    <p className="chart__aggregate-note" role="note">
      Also counted, not drawn: {parts.join(' and ')}. The table lists them; narrow the dates or filter to draw them.
    </p>
  );
}
