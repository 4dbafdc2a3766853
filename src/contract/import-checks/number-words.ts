/** English number words, read ("twelve" in "twelve thousand") and written (to spell out what digits could mean). */

const ONES =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function below1000(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const restWords = rest < 20 ? ONES[rest] : `${TENS[Math.floor(rest / 10)]}${rest % 10 ? `-${ONES[rest % 10]}` : ''}`;
  if (hundreds === 0) return restWords ?? '';
  return `${ONES[hundreds]} hundred${rest ? ` ${restWords}` : ''}`;
}

/** "1500" → "one thousand five hundred", "1.5" → "one point five" (below a million). */
export function inWords(decimal: string): string {
  const negative = decimal.startsWith('-');
  const [whole = '0', fraction = ''] = decimal.replace('-', '').split('.');
  const n = Number(whole);
  const thousands = Math.floor(n / 1000);
  const parts = [thousands ? `${below1000(thousands)} thousand` : '', n % 1000 ? below1000(n % 1000) : ''];
  const integer = n === 0 ? 'zero' : parts.filter(Boolean).join(' ');
  const point = fraction ? ` point ${[...fraction].map((d) => ONES[Number(d)]).join(' ')}` : '';
  return `${negative ? 'minus ' : ''}${integer}${point}`;
}

/** "twelve" → 12, "forty" → 40; null for any other word. */
export const wordNumber = (word: string): number | null => {
  const lower = word.toLowerCase();
  if (ONES.includes(lower)) return ONES.indexOf(lower);
  return TENS.indexOf(lower) >= 2 ? TENS.indexOf(lower) * 10 : null;
};
