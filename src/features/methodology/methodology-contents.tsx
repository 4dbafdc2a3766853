import { useT } from '@/i18n/translate';
import { METHODOLOGY_SECTION_IDS, METHODOLOGY_SECTION_TITLES } from './methodology-sections';

/** The table of contents: a link to each section's heading. */
export function MethodologyContents() {
  const t = useT();
  return (
    <nav className="methodology__contents" aria-label={t('methodology.contents')}>
      <ol>
        {METHODOLOGY_SECTION_IDS.map((id) => (
          <li key={id}>
            <a href={`#${id}`}>{t(METHODOLOGY_SECTION_TITLES[id])}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
