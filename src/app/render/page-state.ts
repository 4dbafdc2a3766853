import type { DehydratedState } from '@tanstack/react-query';
import { z } from '@/contract/zod-mini';

export { PAGE_STATE_ID } from '@/contract/server-render';

/** What the server knew when it rendered the page: the bundle hydrates with exactly this. */
export const PageStateSchema = z.object({
  /** The path and query the page was rendered for; a page served for another address is rendered afresh. */
  url: z.string(),
  /** The width in px the server drew the charts' plots at (from the request: a cookie the browser set, or its kind). */
  plotWidth: z.number(),
  /** The server's guess that the screen is a phone (folds the filters as a phone would). */
  phone: z.boolean(),
  /** The react-query cache the render used (dehydrate()): the client asks for none of it again. */
  queries: z.custom<DehydratedState>((value) => typeof value === 'object' && value !== null),
});
export type PageState = z.infer<typeof PageStateSchema>;

/** JSON safe inside a script element: no "</script>", "<!--" or line separators can end it early. */
export function pageStateJson(state: PageState): string {
  return JSON.stringify(state)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
