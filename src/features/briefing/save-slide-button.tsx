import { useRef, useState, type FormEvent } from 'react';
import { FormDialog } from '@/components/ui/form-dialog';
import { useT } from '@/i18n/translate';
import { useBriefingActions } from '@/stores/briefing-store';

/** Saves the current view (its URL) as a slide with a title and a speaker note. */
export function SaveSlideButton({ view }: { view: string }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const { slideAdded } = useBriefingActions();
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    slideAdded({ title: title.trim(), note, view });
    setSaved(t('briefing.savedToBriefing', { title: title.trim() }));
    setTitle('');
    setNote('');
    dialog.current?.close();
  };
  return (
    <>
      <button type="button" className="button button--quiet" onClick={() => dialog.current?.showModal()}>
        {t('briefing.saveViewAsSlide')}
      </button>
      <span role="status" className="copy-link__status">
        {saved}
      </span>
      <FormDialog
        ref={dialog}
        title={t('briefing.saveDialogTitle')}
        submitLabel={t('briefing.saveSlide')}
        onSubmit={submit}
      >
        <label htmlFor="slide-title">{t('briefing.slideTitle')}</label>
        <input id="slide-title" value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} />
        <label htmlFor="slide-note">{t('briefing.speakerNote')}</label>
        <textarea id="slide-note" value={note} onChange={(e) => setNote(e.target.value)} rows={3} maxLength={4000} />
      </FormDialog>
    </>
  );
}
