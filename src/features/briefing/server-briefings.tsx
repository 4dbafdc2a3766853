import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/api/api-client';
import { BriefingSchema, briefingIdFor, type Briefing } from '@/contract/briefing-schema';
import { briefingQueries } from '@/api/queries/briefing-queries';
import { useSession } from '@/api/queries/use-session';
import { useBriefingActions } from '@/stores/briefing-store';

/** Briefings stored through the real API: open one here, or save this one (analysts and admins). */
export function ServerBriefings({ briefing }: { briefing: Briefing }) {
  const queryClient = useQueryClient();
  const { writes, canWrite } = useSession();
  const list = useQuery({ ...briefingQueries.list(), enabled: writes });
  const { briefingReplaced } = useBriefingActions();
  const [message, setMessage] = useState('');
  const save = useMutation({
    mutationFn: () => apiSend('PUT', `/briefings/${briefingIdFor(briefing.title)}`, BriefingSchema, briefing),
    onSuccess: () => {
      setMessage(`Saved “${briefing.title}” on the server`);
      void queryClient.invalidateQueries({ queryKey: briefingQueries.all() });
    },
    onError: (error) => setMessage(`Not saved: ${error.message}`),
  });
  const open = async (id: string) => {
    try {
      briefingReplaced(await queryClient.fetchQuery(briefingQueries.detail(id)));
      setMessage('Opened from the server');
    } catch (error) {
      setMessage(`Not opened: ${(error as Error).message}`);
    }
  };
  if (!writes) return null;
  return (
    <section aria-labelledby="server-briefings-heading" className="briefing__server">
      <h3 id="server-briefings-heading">On the server</h3>
      {canWrite ? (
        <button
          type="button"
          className="button button--quiet"
          disabled={briefing.slides.length === 0 || save.isPending}
          onClick={() => save.mutate()}
        >
          Save this briefing on the server
        </button>
      ) : (
        <p className="muted">Sign in as an analyst to save briefings on the server.</p>
      )}
      <ul>
        {(list.data?.briefings ?? []).map((b) => (
          <li key={b.id}>
            <button type="button" className="link-button" onClick={() => void open(b.id)}>
              <bdi>{b.title}</bdi>
            </button>{' '}
            <span className="muted">
              ({b.slideCount} slides, saved {b.updatedAt.slice(0, 10)}
              {b.updatedBy ? (
                <>
                  {' '}
                  by <bdi>{b.updatedBy}</bdi>
                </>
              ) : null}
              )
            </span>
          </li>
        ))}
      </ul>
      <p role="status" className="muted">
        {message}
      </p>
    </section>
  );
}
