import { MethodologySection } from './methodology-section';

/** The asof filter (src/contract/select-claims.ts claimAsKnownOn, origins/select-with-origins.ts). */
export function MethodologyAsKnownOn() {
  return (
    <MethodologySection id="as-known-on">
      <p>
        The <em>As known on</em> filter (<code>asof=YYYY-MM-DD</code> in a link) shows the picture as it stood on a past
        day, rebuilt from the dates each claim records:
      </p>
      <ul>
        <li>
          Only claims certainly made by the end of that day are kept. A claim dated only to a month or a year counts
          once that month or year is over; an undated claim is left out.
        </li>
        <li>
          Each claim shows the state its history gives for that day: the state it was first reported with, then every
          later change dated on or before that day. A change with no date, or dated to a month or year not yet over, is
          left out.
        </li>
        <li>Later developments recorded in words are hidden.</li>
        <li>
          Origins, support and the one-origin warning are worked out again from the claims known that day, in the states
          they had then.
        </li>
        <li>The other filters then apply to those states.</li>
      </ul>
      <p>
        The page says plainly that it is a past view and offers a way back to today; an export records the day in its
        metadata and in its file name.
      </p>
      <p>
        It is not a copy of the data as it stood that day. It relies on the dates that claims and their histories carry:
        a claim entered later but made earlier appears in the past view; a state change counts from the date given for
        it, not from when it was entered; and everything else about a claim (its figure, quote, source and links) is
        shown as it is recorded now.
      </p>
    </MethodologySection>
  );
}
