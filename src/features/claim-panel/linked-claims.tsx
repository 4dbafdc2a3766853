import type { ReactNode } from 'react';
import type { Claim } from '@/contract/claim-schema';
import { formatFigure, formatPartialDate } from '@/lib/format';
import { CLAIM_KIND_LABELS } from '@/lib/labels';
import { DataText } from '@/components/ui/data-text';
import { useT } from '@/i18n/translate';

interface LinkedClaimsProps {
  title: string;
  ids: string[];
  knownClaims: Claim[] | null;
  onOpen: (id: string) => void;
  description?: string;
  emptyText?: string;
  /** Said between the heading and the description (a verdict). */
  lead?: ReactNode;
  headingLevel?: 3 | 4;
}

/** Claims linked to this one; an id the dataset does not hold is named, not hidden. */
export function LinkedClaims(props: LinkedClaimsProps) {
  const t = useT();
  const { title, ids, knownClaims, onOpen, description, emptyText, lead, headingLevel = 3 } = props;
  if (ids.length === 0 && !emptyText) return null;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <section aria-label={title}>
      <Heading>{title}</Heading>
      {lead}
      {description ? <p className="muted">{description}</p> : null}
      {ids.length === 0 ? <p>{emptyText}</p> : null}
      <ul className="linked-claims" hidden={ids.length === 0}>
        {ids.map((id) => {
          const linked = knownClaims?.find((c) => c.id === id);
          if (knownClaims && !linked) {
            return (
              <li key={id}>
                {id} <span className="muted">{t('panel.notInDataset')}</span>
              </li>
            );
          }
          return (
            <li key={id}>
              <button type="button" className="link-button" onClick={() => onOpen(id)}>
                {id}
                {linked ? (
                  <>
                    {` — ${CLAIM_KIND_LABELS[linked.kind]}: `}
                    <DataText text={formatFigure(linked.figure)} /> (<DataText text={linked.speaker.organisation} />,{' '}
                    {formatPartialDate(linked.claimedOn)})
                  </>
                ) : null}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
