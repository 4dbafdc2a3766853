/** Origins and independent support (ADR 011, src/contract/origins/). */
export function MethodologyOrigins() {
  return (
    <>
      <h3>Independence: one event, one voice</h3>
      <p>
        Four outlets reporting one briefing are one voice, not four. Claimwatch therefore groups claims by their origin:
        the first link of a claim’s chain of citation, such as a briefing, a statement, a report, a video or an
        interview. Two claims share an origin when they have
      </p>
      <ul>
        <li>
          the same owner: the registered organisation the first link names, or else the organisation the speaker is
          matched to;
        </li>
        <li>the same kind of event;</li>
        <li>
          a matching first link: where it names no kind of event, the same words; where it quotes unnamed people, the
          same first reporter as well;
        </li>
        <li>
          the same or an adjacent day, counted from the group’s first day, so that a run of daily statements does not
          chain into one event.
        </li>
      </ul>
      <p>
        A claim whose date is not known to the day is never grouped with another. A claim with no chain, or whose chain
        and speaker name no registered organisation, has no known origin and is never merged by guesswork. On the
        project’s server analysts can confirm, split or merge groupings, each decision recorded with its reason.
      </p>
      <p>Support is then sorted by origin:</p>
      <dl className="methodology__terms">
        <div>
          <dt>Independent</dt>
          <dd>From another origin of another organisation. Only this counts as independent corroboration.</dd>
        </div>
        <div>
          <dt>Same origin</dt>
          <dd>A repeat of the same event, usually by another outlet. Shown, not counted.</dd>
        </div>
        <div>
          <dt>Same organisation</dt>
          <dd>Another statement by the same organisation: a restatement, not independent. Shown, not counted.</dd>
        </div>
        <div>
          <dt>Origin unknown</dt>
          <dd>Either origin is unknown, so independence cannot be told. Listed apart.</dd>
        </div>
      </dl>
      <p>
        The filters can keep only independently corroborated claims. Charts can fold repeats of one origin into one
        mark, but only when they agree exactly (the same metric, kind, figure and qualifier); other figures of that
        origin stay separate marks, linked. The compare view gives each period’s spread both over claims and over
        independent origins.
      </p>
    </>
  );
}
