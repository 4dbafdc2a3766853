import type { ReactNode } from 'react';
import type { MessageKey } from '@/i18n/catalogues/en';
import { DataText } from '@/components/ui/data-text';
import { RichText } from '@/i18n/rich-text';
import { useT } from '@/i18n/translate';

interface HistoryEntryProps {
  /** The day, as the history words it. */
  date: string;
  /** What changed ("Unverified → Corroborated", "Not graded → B2"). */
  change: ReactNode;
  rationale: string;
  by: string | null;
  /** The message that names who recorded it, with a `<by></by>` tag for the name as written. */
  byMessage: MessageKey;
}

/** One change of an append-only history (a state's, a grade's): the day, what changed, why, and who. */
export function HistoryEntry({ date, change, rationale, by, byMessage }: HistoryEntryProps) {
  const t = useT();
  return (
    <li>
      <span className="history__date">{date}</span> <strong>{change}</strong>
      <p>
        <DataText text={rationale} />
      </p>
      {by ? (
        <p className="muted">
          <RichText text={t(byMessage)} tags={{ by: () => <DataText text={by} /> }} />
        </p>
      ) : null}
    </li>
  );
}
