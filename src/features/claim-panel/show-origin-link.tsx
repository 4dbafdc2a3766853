import { useSearchParams } from 'react-router';

/**
 * "Show only this origin": sets `origin=` to this one alone, keeping the view's other filters (the
 * address then holds it, to share). A button, like every filter control: the panel's only links
 * are a claim's own http(s) addresses.
 */
export function ShowOriginLink({ originId }: { originId: string }) {
  const [params, setParams] = useSearchParams();
  const active = params.getAll('origin').join(',') === originId;
  if (active) return <p className="muted">The view shows only this origin's claims.</p>;
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
        Show only this origin
      </button>
    </p>
  );
}
