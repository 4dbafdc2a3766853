import { useSearchParams } from 'react-router';
import { useT } from '@/i18n/translate';

/**
 * "Show only this origin": sets `origin=` to this one alone, keeping the view's other filters (the
 * address then holds it, to share). A button, like every filter control: the panel's only links
 * are a claim's own http(s) addresses.
 */
export function ShowOriginLink({ originId }: { originId: string }) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const active = params.getAll('origin').join(',') === originId;
  if (active) return <p className="muted">{t('panel.onlyThisOrigin')}</p>;
  const show = () =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.delete('origin');
      next.set('origin', originId);
      return next;
    });
  return (
    <p>
      <button type="button" className="link-button" onClick={show}>
        {t('panel.showOnlyThisOrigin')}
      </button>
    </p>
  );
}
