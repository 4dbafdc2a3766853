/** Every route path in one typed place. */
export const paths = {
  charts: '/',
  table: '/table',
  compare: '/compare',
} as const;
