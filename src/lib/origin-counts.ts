import type { OriginCounts } from '@/contract/origins/origin-counts';
import { t } from '@/i18n/translate';

export { countOrigins, type OriginCounts } from '@/contract/origins/origin-counts';

/** "12 claims from 5 origins; 3 origins single-source; 2 of unknown origin", in the page's language. */
export function originCountsText({ claims, origins, singleSource, unknown }: OriginCounts): string {
  const parts = [
    t('briefing.claimsFromOrigins', {
      claims: t('briefing.claimCount', { count: claims }),
      origins: t('briefing.originCount', { count: origins }),
    }),
  ];
  if (singleSource > 0) parts.push(t('briefing.singleSourceOrigins', { count: singleSource }));
  if (unknown > 0) parts.push(t('briefing.unknownOrigin', { count: unknown }));
  return parts.join('; ');
}
