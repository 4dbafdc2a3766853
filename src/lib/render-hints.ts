import { createContext, useContext } from 'react';
import type { RenderHints } from '@/contract/server-render';

const RenderHintsContext = createContext<RenderHints | null>(null);

export const RenderHintsProvider = RenderHintsContext.Provider;

/** The server's hints while rendering on the server or hydrating; null in a page rendered in the browser alone. */
export const useRenderHints = () => useContext(RenderHintsContext);
