import type { ReactNode } from 'react';
import { useT } from '@/i18n/translate';
import { METHODOLOGY_SECTION_TITLES, type MethodologySectionId } from './methodology-sections';

/** One section of the page: an h2 whose id is the section's anchor, naming the region. */
export function MethodologySection({ id, children }: { id: MethodologySectionId; children: ReactNode }) {
  const t = useT();
  return (
    <section className="methodology__section" aria-labelledby={id}>
      <h2 id={id}>{t(METHODOLOGY_SECTION_TITLES[id])}</h2>
      {children}
    </section>
  );
}
