import type { ReactNode } from 'react';
import { METHODOLOGY_SECTION_TITLES, type MethodologySectionId } from './methodology-sections';

/** One section of the page: an h2 whose id is the section's anchor, naming the region. */
export function MethodologySection({ id, children }: { id: MethodologySectionId; children: ReactNode }) {
  return (
    <section className="methodology__section" aria-labelledby={id}>
      <h2 id={id}>{METHODOLOGY_SECTION_TITLES[id]}</h2>
      {children}
    </section>
  );
}
