import { useT } from '@/i18n/translate';
import type { ChartModel } from './chart-model-types';

/** A chart drawn from the summary: says which of its claims it counts but does not draw, and where they are. */
export function CountedApartNote({ apart }: { apart: NonNullable<ChartModel['countedApart']> }) {
  const t = useT();
  const parts = [
    apart.withoutFigure > 0 ? t('charts.apart.noFigure', { count: apart.withoutFigure }) : null,
    apart.undated > 0 ? t('charts.apart.undated', { count: apart.undated }) : null,
  ].filter((part) => part !== null);
  const [first, second] = parts;
  if (first === undefined) return null;
  return (
    <p className="chart__aggregate-note" role="note">
      {second === undefined ? t('charts.apart.one', { first }) : t('charts.apart.both', { first, second })}
    </p>
  );
}
