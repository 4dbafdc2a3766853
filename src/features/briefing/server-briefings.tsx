import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/api/api-client';
import { BriefingSchema, briefingIdFor, type Briefing } from '@/contract/briefing-schema';
import { briefingQueries } from '@/api/queries/briefing-queries';
import { useSession } from '@/api/queries/use-session';
import { RichText } from '@/i18n/rich-text';
import { useT } from '@/i18n/translate';
import { formatPartialDate } from '@/lib/format';
import { useBriefingActions } from '@/stores/briefing-store';

/** Briefings stored through the real API: open one here, or save this one (analysts and admins). */
export function ServerBriefings({ briefing }: { briefing: Briefing }) {
  const t = useT();
  const queryClient = useQueryClient();
  const { writes, canWrite } = useSession();
  const list = useQuery({ ...briefingQueries.list(), enabled: writes });
  const { briefingReplaced } = useBriefingActions();
  const [message, setMessage] = useState('');
  const save = useMutation({
    mutationFn: () => apiSend('PUT', `/briefings/${briefingIdFor(briefing.title)}`, BriefingSchema, briefing),
    onSuccess: () => {
      setMessage(t('briefing.savedOnServer', { title: briefing.title }));
      void queryClient.invalidateQueries({ queryKey: briefingQueries.all() });
    },
    onError: (error) => setMessage(t('briefing.notSaved', { error: error.message })),
  });
  const open = async (id: string) => {
    try {
      briefingReplaced(await queryClient.fetchQuery(briefingQueries.detail(id)));
      setMessage(t('briefing.openedFromServer'));
    } catch (error) {
      setMessage(t('briefing.notOpened', { error: (error as Error).message }));
    }
  };
  if (!writes) return null;
  return (
    <section aria-labelledby="server-briefings-heading" className="briefing__server">
      <h3 id="server-briefings-heading">{t('briefing.onServer')}</h3>
      {canWrite ? (
        <button
          type="button"
          className="button button--quiet"
          disabled={briefing.slides.length === 0 || save.isPending}
          onClick={() => save.mutate()}
        >
          {t('briefing.saveOnServer')}
        </button>
      ) : (
        <p className="muted">{t('briefing.signInToSave')}</p>
      )}
      <ul>
        {(list.data?.briefings ?? []).map((b) => (
          <li key={b.id}>
            <button type="button" className="link-button" onClick={() => void open(b.id)}>
              <bdi>{b.title}</bdi>
            </button>{' '}
            <span className="muted">
              {b.updatedBy ? (
                <RichText
                  text={t('briefing.serverEntryBy', {
                    count: b.slideCount,
                    date: formatPartialDate(b.updatedAt.slice(0, 10)),
                  })}
                  tags={{ who: () => <bdi>{b.updatedBy}</bdi> }}
                />
              ) : (
                t('briefing.serverEntry', { count: b.slideCount, date: formatPartialDate(b.updatedAt.slice(0, 10)) })
              )}
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
