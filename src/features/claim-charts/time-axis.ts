import type { ChartModel } from './to-chart-models';

const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The chart's time domain: every dated claim it draws, padded so edge marks are not clipped. */
export function chartTimeDomain(model: ChartModel): [number, number] {
  const placed = [...model.plotted, ...model.unquantified];
  if (placed.length === 0) {
    const now = Date.now();
    return [now - 365 * DAY, now];
  }
  const start = Math.min(...placed.map((p) => p.start));
  const end = Math.max(...placed.map((p) => p.end));
  const pad = Math.max((end - start) * 0.04, 20 * DAY);
  return [start - pad, end + pad];
}

/** First days of months inside the domain, every 1, 2, 3, 6 or 12 months: as many as fit. */
export function monthTicks([start, end]: [number, number], maxTicks: number): number[] {
  const months = (end - start) / (30.44 * DAY);
  const step = [1, 2, 3, 6, 12].find((s) => months / s <= Math.max(maxTicks, 1)) ?? 12;
  const first = new Date(start);
  let year = first.getUTCFullYear();
  let month = Math.ceil((first.getUTCMonth() + (first.getUTCDate() > 1 ? 1 : 0)) / step) * step;
  const ticks: number[] = [];
  for (;;) {
    year += Math.floor(month / 12);
    month %= 12;
    const tick = Date.UTC(year, month, 1);
    if (tick > end) break;
    if (tick >= start) ticks.push(tick);
    month += step;
  }
  return ticks;
}

/** "2025" on January, "Oct" on other months. */
export function tickLabel(t: number): string {
  const d = new Date(t);
  return d.getUTCMonth() === 0 ? String(d.getUTCFullYear()) : (MONTHS[d.getUTCMonth()] ?? '');
}
