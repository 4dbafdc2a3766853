import { useState } from 'react';
import { BriefingSchema, type Slide } from '@/contract/briefing-schema';
import { formatIssues } from '@/contract/issue-schema';
import { issuesFromZod } from '@/contract/issues-from-zod';
import { encodeDeck } from '@/lib/deck-link';
import { downloadBlob } from '@/lib/download';
import { StatusMessage } from '@/components/ui/status-message';
import { RichText } from '@/i18n/rich-text';
import { useT } from '@/i18n/translate';
import { withLang } from '@/lib/keep-lang';
import { useBriefing, useBriefingActions, useBriefingProblem } from '@/stores/briefing-store';
import { ServerBriefings } from './server-briefings';

/** The briefing kept in this browser: order, rename, edit each slide's title and note, remove, export/import as JSON, share, present. */
export function BriefingPage({ onPresent, onPrint }: { onPresent: () => void; onPrint: () => void }) {
  const t = useT();
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
          t('briefing.notImported', {
            problems: formatIssues(issuesFromZod(parsed.error, json, { whole: 'file' }).slice(0, 3)),
          }),
        );
      briefingReplaced(parsed.data);
      setMessage(t('briefing.imported', { title: parsed.data.title, count: parsed.data.slides.length }));
    } catch {
      setMessage(t('briefing.notJson'));
    }
  };
  // The link keeps the page's language (lang=), as every link within the app does.
  const shareLink = `${window.location.origin}${withLang(`/present?deck=${encodeDeck(briefing)}`, window.location.search)}`;

  return (
    <section aria-labelledby="briefing-heading" className="briefing">
      <h2 id="briefing-heading">{t('briefing.heading')}</h2>
      {problem ? <StatusMessage kind="warning" title={problem} /> : null}
      <label className="form-field">
        {t('briefing.titleLabel')}
        <input
          value={briefing.title}
          onChange={(e) => briefingRenamed(e.target.value || t('briefing.defaultTitle'))}
          maxLength={200}
        />
      </label>
      {briefing.slides.length === 0 ? (
        <StatusMessage kind="empty" title={t('briefing.noSlides')}>
          {t('briefing.noSlidesHint')}
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
                  aria-label={t('briefing.moveUp', { title: slide.title })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button button--quiet button--small"
                  disabled={i === briefing.slides.length - 1}
                  onClick={() => slideMoved(slide.id, 1)}
                  aria-label={t('briefing.moveDown', { title: slide.title })}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button button--quiet button--small"
                  onClick={() => slideRemoved(slide.id)}
                  aria-label={t('briefing.removeSlide', { title: slide.title })}
                >
                  {t('briefing.remove')}
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <div className="import-page__actions">
        <button type="button" className="button" disabled={briefing.slides.length === 0} onClick={onPresent}>
          {t('briefing.present')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          disabled={briefing.slides.length === 0}
          onClick={onPrint}
        >
          {t('briefing.print')}
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
          {t('briefing.exportJson')}
        </button>
        <label className="button button--quiet">
          {t('briefing.importJson')}
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
              () => setMessage(t('briefing.linkCopied')),
              () => setMessage(shareLink),
            )
          }
        >
          {t('briefing.copyLink')}
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
  const t = useT();
  const { slideEdited } = useBriefingActions();
  const [title, setTitle] = useState(slide.title);
  const [editing, setEditing] = useState(false);
  const shownTitle = editing ? title : slide.title;
  const empty = shownTitle.trim() === '';
  const hintId = `slide-${slide.id}-title-hint`;
  return (
    <>
      <label className="form-field">
        {t('briefing.slideTitleLabel', { position })}
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
          <RichText text={t('briefing.titleKept')} tags={{ title: () => <bdi>{slide.title}</bdi> }} />
        </p>
      ) : null}
      <label className="form-field">
        {t('briefing.slideNoteLabel', { position })}
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
