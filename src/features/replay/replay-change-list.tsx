import { DataText } from '@/components/ui/data-text';
import { VERIFICATION_STATE_LABELS } from '@/lib/labels';
import { claimLabel } from '@/lib/short-label';
import type { ReplayChanges } from './replay-changes';
import { useT } from '@/i18n/translate';

/** At most this many changes are listed a step; the rest are counted. */
const LISTED = 6;

/** What a step of the replay added and changed, in words: the charts ring the same claims (solid: new, dashed: changed). */
export function ReplayChangeList({ changes }: { changes: ReplayChanges }) {
  const t = useT();
  const items = [
    ...changes.added.map((claim) => ({ id: claim.id, kind: 'new' as const, claim, note: null })),
    ...changes.changed.map(({ claim, from }) => ({
      id: claim.id,
      kind: 'changed' as const,
      claim,
      note: `${VERIFICATION_STATE_LABELS[from]} → ${VERIFICATION_STATE_LABELS[claim.verification.state]}`,
    })),
  ];
  if (items.length === 0) return null;
  const more = items.length - LISTED;
  return (
    <ul className="replay__changes">
      {items.slice(0, LISTED).map(({ id, kind, claim, note }) => {
        const label = claimLabel(claim);
        return (
          <li key={`${kind}-${id}`} className={`replay__change replay__change--${kind}`}>
            <span className="replay__change-kind">{t(kind === 'new' ? 'replay.new' : 'replay.stateChanged')}:</span>{' '}
            <DataText text={label.text} />
            {note ? ` (${note})` : ` (${label.tag})`}
          </li>
        );
      })}
      {more > 0 ? <li className="muted">{t('replay.andMore', { count: more })}</li> : null}
    </ul>
  );
}
