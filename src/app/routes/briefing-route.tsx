import { useLocation, useNavigate } from 'react-router';
import { BriefingPage } from '@/features/briefing/briefing-page';
import { paths } from '@/config/paths';
import { AfterHydration } from '@/components/ui/after-hydration';
import { StatusMessage } from '@/components/ui/status-message';
import { useT } from '@/i18n/translate';
import { withLang } from '@/lib/keep-lang';

export function BriefingRoute() {
  const t = useT();
  const navigate = useNavigate();
  const { search } = useLocation();
  // The briefing is this browser's own draft (local storage): the server cannot render it.
  return (
    <AfterHydration fallback={<StatusMessage kind="loading" title={t('routes.openingBriefing')} />}>
      <BriefingPage
        onPresent={() => navigate(withLang(paths.present, search))}
        onPrint={() => navigate(withLang(`${paths.present}?print=1`, search))}
      />
    </AfterHydration>
  );
}
