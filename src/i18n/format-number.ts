import type { Locale } from '@/contract/locale';
import { currentLocale } from './locale-store';

const formats = new Map<Locale, Intl.NumberFormat>();

/**
 * A number as the page's language writes it: Korean and Ukrainian through `Intl.NumberFormat` ("12 345,679" in
 * Ukrainian); English as `Intl.NumberFormat('en-GB')` writes it ("12,345.679": groups of three, at most three
 * decimals, half rounded away from zero) but without Intl, because a page's first Intl formatter loads the locale
 * data, one long task (about 40 ms here, 4× that on a slow phone) in the first view's script. A test holds the two
 * English paths equal.
 */
export function formatNumber(value: number, locale: Locale = currentLocale()): string {
  if (locale !== 'en') return intlFormat(locale).format(value);
  if (Number.isNaN(value)) return 'NaN';
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  if (!Number.isFinite(value)) return `${sign}∞`;
  const [whole, fraction] = roundedDigits(Math.abs(value));
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction ? `.${fraction}` : ''}`;
}

function intlFormat(locale: Locale): Intl.NumberFormat {
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 })));
  return format;
}

/** The shortest decimal that reads back as `value` (as Intl starts from), rounded to three decimals. */
function roundedDigits(value: number): [whole: string, fraction: string] {
  if (value >= 1e21) {
    // "5e+300": the shortest digits, then zeros (as Intl writes it), never the binary value's long tail.
    const [mantissa = '', exponent = '0'] = value.toExponential().split('e');
    return [mantissa.replace('.', '').padEnd(Number(exponent) + 1, '0'), ''];
  }
  if (value < 5e-4) return ['0', ''];
  // No exponent from here: String() writes 1e-7 <= value < 1e21 positionally.
  const [whole = '0', decimals = ''] = String(value).split('.');
  const thousandths = BigInt(whole + decimals.slice(0, 3).padEnd(3, '0')) + ((decimals[3] ?? '0') >= '5' ? 1n : 0n);
  const fraction = (thousandths % 1000n).toString().padStart(3, '0').replace(/0+$/, '');
  return [(thousandths / 1000n).toString(), fraction];
}
