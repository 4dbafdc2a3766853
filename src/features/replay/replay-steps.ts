import type { Claim } from '@/contract/claim-schema';
import { dateSpan } from '@/contract/partial-date';

const WEEK = 7 * 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

export interface ReplayRange {
  from: string;
  to: string;
}

/** From the first day a claim was made to the last day one may have been made (a month's claim: its last day). */
export function replayRangeOf(claims: readonly Pick<Claim, 'claimedOn'>[]): ReplayRange | null {
  let first = Infinity;
  let last = -Infinity;
  for (const { claimedOn } of claims) {
    if (!claimedOn) continue;
    const span = dateSpan(claimedOn);
    first = Math.min(first, span.start);
    last = Math.max(last, span.end);
  }
  return Number.isFinite(first) ? { from: isoDay(first), to: isoDay(last) } : null;
}

/** `2024-10-01..2025-06-30` as a range; null for anything else (or a range that ends before it starts). */
export function parseReplayRange(value: string | null): ReplayRange | null {
  const match = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(value ?? '');
  if (!match) return null;
  const [, from = '', to = ''] = match;
  if (Number.isNaN(dayMs(from)) || Number.isNaN(dayMs(to)) || from > to) return null;
  return { from: isoDay(dayMs(from)), to: isoDay(dayMs(to)) };
}

export const formatReplayRange = (range: ReplayRange) => `${range.from}..${range.to}`;

/** The replay's frames: a day a week from the first, and the last day itself. */
export function replaySteps(range: ReplayRange): string[] {
  const steps: string[] = [];
  const end = dayMs(range.to);
  for (let at = dayMs(range.from); at < end; at += WEEK) steps.push(isoDay(at));
  steps.push(range.to);
  return steps;
}

/** The frame showing `day`: the last frame on or before it (the first frame for a day before the range). */
export function stepAt(steps: readonly string[], day: string | undefined): number {
  if (!day) return steps.length - 1;
  let index = 0;
  for (let i = 0; i < steps.length; i += 1) if ((steps[i] ?? '') <= day) index = i;
  return index;
}
