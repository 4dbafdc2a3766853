import { formatNumber } from '@/lib/format';
import type { ComparisonGroup } from '@/contract/claim-comparison';
import { currentLocale } from '@/i18n/locale-store';
import { t } from '@/i18n/translate';

const range = ({ min, max }: { min: number; max: number }) =>
  max > min ? `${formatNumber(min)}–${formatNumber(max)}` : formatNumber(min);

const ratioFormats = new Map<string, Intl.NumberFormat>();
/** A ratio to one decimal, as the page's language writes it ("4.0", "4,0"); English without Intl (format-number.ts). */
function formatRatio(value: number): string {
  const locale = currentLocale();
  if (locale === 'en') return value.toFixed(1);
  let format = ratioFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    ratioFormats.set(locale, format);
  }
  return format.format(value);
}

/** " · spread 3,000–12,000 over 6 claims (highest is 4.0× lowest) · 3,000–11,000 over 4 independent origins". */
export function spreadText({ spread, originSpread, figureCount, originCount }: ComparisonGroup): string {
  if (!spread || !originSpread || figureCount < 2) return '';
  const ratio =
    spread.max > spread.min && spread.min > 0
      ? ` ${t('compare.spreadRatio', { ratio: formatRatio(spread.max / spread.min) })}`
      : '';
  const overClaims = t('compare.spreadOverClaims', { range: range(spread), count: figureCount });
  const overOrigins = t('compare.spreadOverOrigins', { range: range(originSpread), count: originCount });
  return ` · ${overClaims}${ratio} · ${overOrigins}`;
}
