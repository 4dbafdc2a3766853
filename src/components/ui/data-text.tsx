import { hiddenCharacters } from '@/lib/hidden-characters';
import { shorten, splitIsolates } from '@/lib/isolate-text';
import { useT } from '@/i18n/translate';

interface DataTextProps {
  text: string;
  /** The text's language (a quote's, BCP 47), so it is read and hyphenated as such. */
  lang?: string | null | undefined;
  /**
   * Shortens to at most this many characters, at a word, with "…" (compact places: tooltips).
   * Use it only where the whole text is one step away (the claim panel shows it whole).
   */
  maxLength?: number | undefined;
}

/**
 * Text from data, rendered as text inside <bdi>, so right-to-left text or a bidi override in it
 * cannot reorder the words around it. When it holds invisible characters (zero-width marks, bidi
 * controls) a small note says how many, with their code points; the text itself is not altered.
 */
export function DataText({ text, lang, maxLength }: DataTextProps) {
  const hidden = hiddenCharacters(text);
  return (
    <>
      <bdi className="data-text" lang={lang ?? undefined}>
        {maxLength === undefined ? text : shorten(text, maxLength)}
      </bdi>
      {hidden.length > 0 ? <HiddenCharactersNote hidden={hidden} /> : null}
    </>
  );
}

/** "(contains 2 hidden characters: U+202E, U+200D)", the code points in full in its title. */
function HiddenCharactersNote({ hidden }: { hidden: string[] }) {
  const t = useT();
  return (
    <span className="data-text__hidden" title={hidden.join(' ')}>
      {' '}
      {t('common.hiddenCharacters', { count: hidden.length, codes: [...new Set(hidden)].join(', ') })}
    </span>
  );
}

/**
 * A string composed for SVG with `isolate()` ("about 11,000 · HUR" with each data part isolated),
 * shown in HTML: each isolated part becomes a <bdi>, and no isolate mark is left in the page's text.
 */
export function ComposedText({ text }: { text: string }) {
  return (
    <>
      {splitIsolates(text).map((part, i) =>
        part.isolated ? (
          <bdi key={i} className="data-text">
            {part.text}
          </bdi>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
