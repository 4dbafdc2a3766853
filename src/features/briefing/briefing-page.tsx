import { useState } from 'react';
import { BriefingSchema } from '@/api/briefing-schema';
import { encodeDeck } from '@/lib/deck-link';
import { downloadBlob } from '@/lib/download';
import { StatusMessage } from '@/components/ui/status-message';
import { useBriefing, useBriefingActions, useBriefingProblem } from '@/stores/briefing-store';
import { ServerBriefings } from './server-briefings';

/** The briefing kept in this browser: order, rename, remove, export/import as JSON, share, present. */
export function BriefingPage({ onPresent, onPrint }: { onPresent: () => void; onPrint: () => void }) {
  const briefing = useBriefing();
  const problem = useBriefingProblem();
  const { slideMoved, slideRemoved, briefingRenamed, briefingReplaced } = useBriefingActions();
  const [message, setMessage] = useState('');

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const parsed = BriefingSchema.safeParse(JSON.parse(await file.text()));
      if (!parsed.success) return setMessage(`Not imported: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || 'file'}: ${i.message}`).join('; ')}`);
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
        <StatusMessage kind="empty" title="No slides yet">Open a view (charts with filters), then use “Save view as slide”.</StatusMessage>
      ) : (
        <ol className="briefing__slides">
          {briefing.slides.map((slide, i) => (
            <li key={slide.id}>
              <div>
                <strong>{slide.title}</strong>
                <code className="briefing__view">{slide.view}</code>
                {slide.note ? <p className="muted">Note: {slide.note}</p> : null}
              </div>
              <div className="briefing__actions">
                <button type="button" className="button button--quiet button--small" disabled={i === 0} onClick={() => slideMoved(slide.id, -1)} aria-label={`Move “${slide.title}” up`}>
                  ↑
                </button>
                <button type="button" className="button button--quiet button--small" disabled={i === briefing.slides.length - 1} onClick={() => slideMoved(slide.id, 1)} aria-label={`Move “${slide.title}” down`}>
                  ↓
                </button>
                <button type="button" className="button button--quiet button--small" onClick={() => slideRemoved(slide.id)} aria-label={`Remove “${slide.title}”`}>
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
        <button type="button" className="button button--quiet" disabled={briefing.slides.length === 0} onClick={onPrint}>
          Print briefing
        </button>
        <button type="button" className="button button--quiet" disabled={briefing.slides.length === 0} onClick={() => downloadBlob(new Blob([JSON.stringify(briefing, null, 2)], { type: 'application/json' }), 'claimwatch-briefing.json')}>
          Export JSON
        </button>
        <label className="button button--quiet">
          Import JSON
          <input type="file" accept=".json,application/json" className="visually-hidden" onChange={(e) => void importFile(e.target.files?.[0])} />
        </label>
        <button type="button" className="button button--quiet" disabled={briefing.slides.length === 0} onClick={() => void navigator.clipboard.writeText(shareLink).then(() => setMessage('Presentation link copied'), () => setMessage(shareLink))}>
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
