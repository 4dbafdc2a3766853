import { METHODOLOGY_SECTION_IDS, METHODOLOGY_SECTION_TITLES } from './methodology-sections';

/** The table of contents: a link to each section's heading. */
export function MethodologyContents() {
  return (
    <nav className="methodology__contents" aria-label="On this page">
      <ol>
        {METHODOLOGY_SECTION_IDS.map((id) => (
          <li key={id}>
            <a href={`#${id}`}>{METHODOLOGY_SECTION_TITLES[id]}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
