/** Ukrainian and Russian letters in Latin (a simple, lossy transliteration for ids only). */
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ye',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'yi',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

const MAX_ID = 64;

/** A short, stable hash of the text (FNV-1a, base 36): the id of a name that has no Latin letters. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

const slug = (text: string) =>
  [...text.toLowerCase()]
    .map((c) => CYRILLIC[c] ?? c)
    .join('')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

const fit = (id: string, room: number) => id.slice(0, room).replace(/-+$/, '');

/**
 * An id for a new source: lower-case letters, digits and "-", led by the country code when known
 * ("kr-nis-korea"), `source-<hash>` when the name has no Latin letters, made unique with "-2", "-3"….
 */
export function newSourceId(name: string, country: string | null, taken: (id: string) => boolean): string {
  const prefix = country && /^[A-Za-z]{2}$/.test(country) ? `${country.toLowerCase()}-` : '';
  let body = slug(name);
  if (body === '') body = `source-${shortHash(name)}`;
  else if (prefix !== '' && body.startsWith(prefix)) body = body.slice(prefix.length) || body;
  const base = fit(`${prefix}${body}`, MAX_ID);
  if (!taken(base)) return base;
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const id = `${fit(base, MAX_ID - suffix.length)}${suffix}`;
    if (!taken(id)) return id;
  }
}
