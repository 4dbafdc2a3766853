import { useNavigate } from 'react-router';
import { BriefingPage } from '@/features/briefing/briefing-page';
import { paths } from '@/config/paths';
import { AfterHydration } from '@/components/ui/after-hydration';
import { StatusMessage } from '@/components/ui/status-message';

export function BriefingRoute() {
  const navigate = useNavigate();
  // The briefing is this browser's own draft (local storage): the server cannot render it.
  return (
    <AfterHydration fallback={<StatusMessage kind="loading" title="Opening your briefing…" />}>
      <BriefingPage onPresent={() => navigate(paths.present)} onPrint={() => navigate(`${paths.present}?print=1`)} />
    </AfterHydration>
  );
}
