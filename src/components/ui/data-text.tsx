import { hiddenCharacters } from '@/lib/hidden-characters';

/**
 * Text from data, rendered as text inside <bdi>, so right-to-left text or a bidi override in it
 * cannot reorder the words around it. When it holds invisible characters (zero-width marks, bidi
 * controls) a small note says how many, with their code points; the text itself is not altered.
 */
export function DataText({ text }: { text: string }) {
  const hidden = hiddenCharacters(text);
  return (
    <>
      <bdi className="data-text">{text}</bdi>
      {hidden.length > 0 ? (
        <span className="data-text__hidden" title={hidden.join(' ')}>
          {' '}
          (contains {hidden.length} hidden {hidden.length === 1 ? 'character' : 'characters'}: {[...new Set(hidden)].join(', ')})
        </span>
      ) : null}
    </>
  );
}
