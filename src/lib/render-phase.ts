import { createContext, useContext } from 'react';
import { PAGE_STATE_ID } from '@/contract/server-render';
import { useRendersFromServerHtml } from './use-hydrated';

/*
 * Which markup a render must produce. On the server, and in the browser while React hydrates the server's HTML, a
 * component must render exactly what the server rendered: nothing from storage, the viewport or the pointer. After
 * hydration the browser renders freely (restoring the tab's token and theme, measuring widths).
 */

// Read as modules load: stores created then must start from the server's defaults when the page carries the server's
// state (the tab's own token and choices are restored after hydration, by App).
const pageFromServer = typeof document !== 'undefined' && document.getElementById(PAGE_STATE_ID) !== null;

/** True in a server render (no document). */
export const isServerRender = (): boolean => typeof document === 'undefined';

/**
 * For stores created as modules load: true on the server and in a page the server rendered, so that their first
 * state is the server's (nothing from this tab's storage). Components ask useRendersServerMarkup() instead.
 */
export const startsFromServerMarkup = (): boolean => isServerRender() || pageFromServer;

/**
 * Set around a part of the page whose hydration comes later than the rest (a chart below the fold hydrates when it
 * comes near): inside, components still render the server's markup.
 */
const LateHydrationContext = createContext(false);
export const LateHydrationProvider = LateHydrationContext.Provider;

/**
 * For components: true on the server, while this component hydrates the server's HTML, and inside a part hydrated
 * late (LateHydrationProvider) until it has. Asked of React, not of the page: parts of a page hydrate at different
 * times (a boundary hydrates after the page around it).
 */
export function useRendersServerMarkup(): boolean {
  const late = useContext(LateHydrationContext);
  const fromServerHtml = useRendersFromServerHtml();
  return late || fromServerHtml;
}
