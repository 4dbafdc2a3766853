import { useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';

/**
 * One tab stop per chart: arrow keys move between claims in time order, Home/End jump to the
 * ends, Enter or Space opens the focused claim. `register` and `onKeyNavigate` never change, so
 * memoised marks do not re-render for them.
 */
export function useRovingFocus(orderedIds: string[], onOpen: (id: string) => void) {
  const [activeId, setActiveId] = useState<string | null>(null);
  const elements = useRef(new Map<string, SVGGElement>());
  const latest = useRef({ orderedIds, onOpen });
  useLayoutEffect(() => {
    latest.current = { orderedIds, onOpen };
  });
  const current = activeId !== null && orderedIds.includes(activeId) ? activeId : (orderedIds[0] ?? null);

  const register = useCallback((id: string, element: SVGGElement | null) => {
    if (element) elements.current.set(id, element);
    else if (elements.current.get(id)?.isConnected !== true) elements.current.delete(id);
  }, []);

  const onKeyNavigate = useCallback((event: KeyboardEvent<SVGGElement>, id: string) => {
    const { orderedIds: ids, onOpen: open } = latest.current;
    const index = ids.indexOf(id);
    let next: number | null = null;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = Math.min(index + 1, ids.length - 1);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = Math.max(index - 1, 0);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = ids.length - 1;
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open(id);
      return;
    }
    if (next === null) return;
    event.preventDefault();
    const nextId = ids[next];
    if (nextId === undefined) return;
    setActiveId(nextId);
    elements.current.get(nextId)?.focus();
  }, []);

  return { activeId: current, register, onKeyNavigate };
}
