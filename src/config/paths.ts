import { EMBED_PATH } from '../contract/embed';

/** Every route path in one typed place. */
export const paths = {
  charts: '/',
  table: '/table',
  compare: '/compare',
  import: '/import',
  briefing: '/briefing',
  sources: '/sources',
  present: '/present',
  embed: EMBED_PATH,
  methodology: '/methodology',
  newClaim: '/claims/new',
  editClaim: (id: string) => `/claims/${encodeURIComponent(id)}/edit`,
} as const;

/** The dashboard's parameter that opens a claim's panel on arrival (a claim opened from an embed). */
export const OPEN_CLAIM_PARAM = 'claim';

/** The charts view's parameter that shows the replay over "as known on" (`first..last` day, or empty for all). */
export const REPLAY_PARAM = 'replay';
