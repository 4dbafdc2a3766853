import { useState } from 'react';
import { BriefingSchema, type Slide } from '@/contract/briefing-schema';
import { formatIssues } from '@/contract/issue-schema';
import { issuesFromZod } from '@/contract/issues-from-zod';
import { encodeDeck } from '@/lib/deck-link';
import { downloadBlob } from '@/lib/download';
import { StatusMessage } from '@/components/ui/status-message';
import { useBriefing, useBriefingActions, useBriefingProblem } from '@/stores/briefing-store';
import { ServerBriefings } from './server-briefings';

/** The briefing kept in this browser: order, rename, edit each slide's title and note, remove, export/import as JSON, share, present. */
export function BriefingPage({ onPresent, onPrint }: { onPresent: () => void; onPrint: () => void }) {
  const briefing = useBriefing();
  const problem = useBriefingProblem();
  const { slideMoved, slideRemoved, briefingRenamed, briefingReplaced } = useBriefingActions();
  const [message, setMessage] = useState('');

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const json: unknown = JSON.parse(await file.text());
      const parsed = BriefingSchema.safeParse(json);
      if (!parsed.success)
        return setMessage(
          `Not imported: ${formatIssues(issuesFromZod(parsed.error, json, { whole: 'file' }).slice(0, 3))}`,
        );
      briefingReplaced(parsed.data);
      setMessage(`Imported “${parsed.data.title}” (${parsed.data.slides.length} slides)`);
    } catch {
      setMessage('Not imported: the file is not JSON');
    }
  };
  const shareLink = `${window.location.origin}/present?deck=${encodeDeck(briefing)}`;

  return (
    <section aria-labelledby="briefing-heading" className="briefing">
      <h2 id="briefing-heading">Briefing</h2>
      {problem ? <StatusMessage kind="warning" title={problem} /> : null}
      <label className="form-field">
        Briefing title
        <input value={briefing.title} onChange={(e) => briefingRenamed(e.target.value || 'Briefing')} maxLength={200} />
      </label>
      {briefing.slides.length === 0 ? (
        <StatusMessage kind="empty" title="No slides yet">
          Open a view (charts with filters), then use “Save view as slide”.
        </StatusMessage>
      ) : (
        <ol className="briefing__slides">
          {briefing.slides.map((slide, i) => (
            <li key={slide.id}>
              <div>
                <SlideFields slide={slide} position={i + 1} />
                <code className="briefing__view">{slide.view}</code>
              </div>
              <div className="briefing__actions">
                <button
                  type="button"
                  className="button button--quiet button--small"
                  disabled={i === 0}
                  onClick={() => slideMoved(slide.id, -1)}
                  aria-label={`Move “${slide.title}” up`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button button--quiet button--small"
                  disabled={i === briefing.slides.length - 1}
                  onClick={() => slideMoved(slide.id, 1)}
                  aria-label={`Move “${slide.title}” down`}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button button--quiet button--small"
                  onClick={() => slideRemoved(slide.id)}
                  aria-label={`Remove “${slide.title}”`}
                >
                  Remove
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <div className="import-page__actions">
        <button type="button" className="button" disabled={briefing.slides.length === 0} onClick={onPresent}>
          Present
        </button>
        <button
          type="button"
          className="button button--quiet"
          disabled={briefing.slides.length === 0}
          onClick={onPrint}
        >
          Print briefing
        </button>
        <button
          type="button"
          className="button button--quiet"
          disabled={briefing.slides.length === 0}
          onClick={() =>
            downloadBlob(
              new Blob([JSON.stringify(briefing, null, 2)], { type: 'application/json' }),
              'claimwatch-briefing.json',
            )
          }
        >
          Export JSON
        </button>
        <label className="button button--quiet">
          Import JSON
          <input
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            onChange={(e) => void importFile(e.target.files?.[0])}
          />
        </label>
        <button
          type="button"
          className="button button--quiet"
          disabled={briefing.slides.length === 0}
          onClick={() =>
            void navigator.clipboard.writeText(shareLink).then(
              () => setMessage('Presentation link copied'),
              () => setMessage(shareLink),
            )
          }
        >
          Copy presentation link
        </button>
        <span role="status" className="muted">
          {message}
        </span>
      </div>
      <ServerBriefings briefing={briefing} />
    </section>
  );
}

/** A saved slide's title and speaker note, edited in place; a title cleared to nothing is not saved (the last one is kept). */
function SlideFields({ slide, position }: { slide: Slide; position: number }) {
  const { slideEdited } = useBriefingActions();
  const [title, setTitle] = useState(slide.title);
  const [editing, setEditing] = useState(false);
  const shownTitle = editing ? title : slide.title;
  const empty = shownTitle.trim() === '';
  const hintId = `slide-${slide.id}-title-hint`;
  return (
    <>
      <label className="form-field">
        Slide {position} title
        <input
          value={shownTitle}
          maxLength={200}
          required
          aria-invalid={empty}
          aria-describedby={empty ? hintId : undefined}
          onFocus={() => {
            setTitle(slide.title);
            setEditing(true);
          }}
          onBlur={() => setEditing(false)}
          onChange={(e) => {
            setTitle(e.target.value);
            if (e.target.value.trim()) slideEdited(slide.id, { title: e.target.value });
          }}
        />
      </label>
      {empty ? (
        <p id={hintId} className="muted">
          A slide needs a title; “<bdi>{slide.title}</bdi>” is kept until you type another.
        </p>
      ) : null}
      <label className="form-field">
        Slide {position} speaker note
        <textarea
          value={slide.note}
          rows={2}
          maxLength={4000}
          onChange={(e) => slideEdited(slide.id, { note: e.target.value })}
        />
      </label>
    </>
  );
}
