import { useNavigate } from 'react-router';
import { BriefingPage } from '@/features/briefing/briefing-page';
import { paths } from '@/config/paths';

export function BriefingRoute() {
  const navigate = useNavigate();
  return (
    <BriefingPage onPresent={() => navigate(paths.present)} onPrint={() => navigate(`${paths.present}?print=1`)} />
  );
}
