import { formatNumber } from '@/lib/format';
import type { ComparisonGroup } from '@/contract/claim-comparison';

const range = ({ min, max }: { min: number; max: number }) =>
  max > min ? `${formatNumber(min)}–${formatNumber(max)}` : formatNumber(min);
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** " · spread 3,000–12,000 over 6 claims (highest is 4.0× lowest) · 3,000–11,000 over 4 independent origins". */
export function spreadText({ spread, originSpread, figureCount, originCount }: ComparisonGroup): string {
  if (!spread || !originSpread || figureCount < 2) return '';
  const ratio =
    spread.max > spread.min && spread.min > 0 ? ` (highest is ${(spread.max / spread.min).toFixed(1)}× lowest)` : '';
  return ` · spread ${range(spread)} over ${count(figureCount, 'claim')}${ratio} · ${range(originSpread)} over ${count(originCount, 'independent origin')}`;
}
