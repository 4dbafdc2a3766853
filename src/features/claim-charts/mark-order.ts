import { compareByTime } from './compare-by-time';
import type { ChartModel } from './chart-model-types';

/** The ids of a chart's focusable marks in keyboard order: groups or plotted claims, then those without a figure, by time. */
export function markOrder(model: ChartModel): string[] {
  const marks = [
    ...(model.aggregate
      ? model.aggregate.points.map((p) => ({ id: p.id, mid: p.mid }))
      : model.plotted.map((p) => ({ id: p.claim.id, mid: p.mid }))),
    ...model.unquantified.map((p) => ({ id: p.claim.id, mid: p.mid })),
  ];
  return marks.sort(compareByTime).map((m) => m.id);
}
