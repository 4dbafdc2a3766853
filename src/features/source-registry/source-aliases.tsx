import { useT } from '@/i18n/translate';

/** How many aliases are listed before the rest fold away. */
const SHOWN = 3;

/** "a; b; c" and, when there are more, "and 11 more" that unfolds the rest; a dash when there are none. */
export function SourceAliases({ aliases }: { aliases: readonly string[] }) {
  const t = useT();
  if (aliases.length === 0) return <span className="muted">—</span>;
  const rest = aliases.slice(SHOWN);
  return (
    <>
      {aliases.slice(0, SHOWN).join('; ')}
      {rest.length > 0 ? (
        <details className="source-table__more">
          <summary>{t('sources.andMore', { count: rest.length })}</summary>
          {rest.join('; ')}
        </details>
      ) : null}
    </>
  );
}
