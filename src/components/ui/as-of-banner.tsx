import { formatPartialDate } from '@/lib/format';

/** Says loudly that the view is of the past, and how to leave it. */
export function AsOfBanner({ day, onLeave }: { day: string; onLeave: () => void }) {
  return (
    <div className="as-of-banner" role="status">
      <p>
        <strong>Past view: as known on {formatPartialDate(day)}.</strong> Claims made later (or with no date) are
        hidden, and each claim shows the verification state it had on that day.
      </p>
      <button type="button" className="button button--quiet" onClick={onLeave}>
        Back to today
      </button>
    </div>
  );
}
