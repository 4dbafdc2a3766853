/** Every route path in one typed place. */
export const paths = {
  charts: '/',
  table: '/table',
  compare: '/compare',
  import: '/import',
  briefing: '/briefing',
  sources: '/sources',
  present: '/present',
  newClaim: '/claims/new',
  editClaim: (id: string) => `/claims/${encodeURIComponent(id)}/edit`,
} as const;
