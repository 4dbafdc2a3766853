import '@/styles/replay.css';
import { useEffect, useId, useMemo, useState } from 'react';
import { useClaimList } from '@/api/queries/use-claim-list';
import type { ClaimFilters } from '@/contract/claim-filters';
import { formatPartialDate } from '@/lib/format';
import { parseReplayRange, replayRangeOf, replaySteps, stepAt } from './replay-steps';
import { NO_CHANGES, replayChanges } from './replay-changes';
import { ReplayChangeList } from './replay-change-list';
import { useMarkHighlightActions } from '@/stores/mark-highlight-store';
import { RichText } from '@/i18n/rich-text';
import { useT } from '@/i18n/translate';

/** How long each week shows while the replay plays. */
const STEP_MS = 1600;

interface ReplayBarProps {
  /** The view's filters; `asof` is the frame shown (absent: the last). */
  filters: ClaimFilters;
  /** The `replay` parameter: `first..last` day, or empty for the view's whole span. */
  rangeParam: string | null;
  /** Shows another frame (sets "as known on"); `replace` while playing or dragging, so history is not flooded. */
  onStep: (day: string, options: { replace: boolean }) => void;
  /** Absent on a slide, which the presentation leaves instead. */
  onClose?: () => void;
}

/**
 * A replay of how the picture became known: week by week over "as known on", each frame the claims made by that day
 * with the states they had then. The slider and buttons are native controls (arrows step a week); the frame's date
 * is in the link; what each step added or changed is said in words and ringed on the charts.
 */
export function ReplayBar({ filters, rangeParam, onStep, onClose }: ReplayBarProps) {
  const t = useT();
  const sliderId = useId();
  const base = useMemo(() => ({ ...filters, asof: undefined }), [filters]);
  const everything = useClaimList(base);
  const range = useMemo(
    () => parseReplayRange(rangeParam) ?? (everything.data ? replayRangeOf(everything.data.claims) : null),
    [rangeParam, everything.data],
  );
  const steps = useMemo(() => (range ? replaySteps(range) : []), [range]);
  const frame = stepAt(steps, filters.asof);
  // Where the slider was moved to, until the link's new frame has rendered: the control answers each key at once
  // (the frame's render runs in a transition), and a second key moves on from the first.
  const [moved, setMoved] = useState<{ to: number; from: number } | null>(null);
  const index = moved && moved.from === frame ? moved.to : frame;
  // The slider's day (said at once), and the frame's: what the charts and the lists below show.
  const day = steps[index];
  const frameDay = steps[frame];
  const previousDay = steps[frame - 1];
  const current = useClaimList(filters.asof ? filters : { ...filters, asof: frameDay });
  const previous = useClaimList({ ...base, asof: previousDay ?? '0001-01-01' });
  const listed = current.data?.complete && previous.data?.complete;
  const changes = useMemo(
    () =>
      listed && current.data && previous.data ? replayChanges(previous.data.claims, current.data.claims) : NO_CHANGES,
    [listed, current.data, previous.data],
  );
  // The charts ring this frame's new and changed claims; nothing once the replay closes.
  const { highlightShown, highlightCleared } = useMarkHighlightActions();
  useEffect(() => {
    highlightShown({
      added: new Set(changes.added.map((c) => c.id)),
      changed: new Set(changes.changed.map((c) => c.claim.id)),
    });
  }, [changes, highlightShown]);
  useEffect(() => highlightCleared, [highlightCleared]);
  // The charts show the frame's own day: opened on the present picture, the last frame; on another day, its week's.
  useEffect(() => {
    if (frameDay && filters.asof !== frameDay) onStep(frameDay, { replace: true });
  }, [frameDay, filters.asof, onStep]);

  const [playing, setPlaying] = useState(false);
  const atEnd = index >= steps.length - 1;
  const running = playing && !atEnd;
  useEffect(() => {
    const next = steps[index + 1];
    if (!running || !next) return;
    const timer = setTimeout(() => onStep(next, { replace: true }), STEP_MS);
    return () => clearTimeout(timer);
  }, [running, index, steps, onStep]);

  if (!range || !day) return null;
  const go = (to: number) => {
    const clamped = Math.min(Math.max(to, 0), steps.length - 1);
    const target = steps[clamped];
    if (!target) return;
    setMoved({ to: clamped, from: frame });
    onStep(target, { replace: true });
  };
  const play = () => {
    if (running) return setPlaying(false);
    if (atEnd) go(0);
    setPlaying(true);
  };
  const when = formatPartialDate(day);
  return (
    <section className="replay" aria-label={t('replay.name')}>
      <div className="replay__controls">
        <button type="button" className="button button--small" onClick={play} aria-pressed={running}>
          {running ? t('replay.pause') : atEnd ? t('replay.playFromStart') : t('replay.play')}
        </button>
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => go(index - 1)}
          disabled={index === 0}
        >
          {t('replay.weekBefore')}
        </button>
        <label htmlFor={sliderId} className="replay__label">
          <RichText
            text={t('replay.asKnownOn', { date: when })}
            tags={{ strong: (inner) => <strong>{inner}</strong> }}
          />
        </label>
        <input
          id={sliderId}
          className="replay__slider"
          type="range"
          min={0}
          max={steps.length - 1}
          step={1}
          value={index}
          aria-valuetext={t('replay.sliderValue', { date: when, week: index + 1, weeks: steps.length })}
          onChange={(event) => {
            setPlaying(false);
            go(Number(event.target.value));
          }}
        />
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => go(index + 1)}
          disabled={atEnd}
        >
          {t('replay.weekAfter')}
        </button>
        {onClose ? (
          <button type="button" className="button button--quiet button--small" onClick={onClose}>
            {t('replay.close')}
          </button>
        ) : null}
      </div>
      <p className="replay__span muted">
        {t('replay.span', { from: formatPartialDate(range.from), to: formatPartialDate(range.to) })}
      </p>
      <div role="status" aria-live="polite" className="replay__status">
        <p>
          <strong>{formatPartialDate(frameDay ?? day)}</strong>:{' '}
          {current.data ? t('replay.madeByThen', { count: current.data.matched }) : t('replay.loading')}
          {listed
            ? ` · ${t('replay.thisWeek', { added: changes.added.length, count: changes.changed.length })}`
            : current.data
              ? ` · ${t('replay.tooMany')}`
              : ''}
        </p>
        <ReplayChangeList changes={changes} />
      </div>
    </section>
  );
}
