import { Link, useSearchParams } from 'react-router';

/** "Show only this origin": the view's filters with `origin=` set to this one alone, as a link that can be shared. */
export function ShowOriginLink({ originId }: { originId: string }) {
  const [params] = useSearchParams();
  const next = new URLSearchParams(params);
  next.delete('origin');
  next.set('origin', originId);
  const active = params.getAll('origin').join(',') === originId;
  if (active) return <p className="muted">The view shows only this origin's claims.</p>;
  return (
    <p>
      <Link to={{ search: `?${next.toString()}` }}>Show only this origin</Link>
    </p>
  );
}
