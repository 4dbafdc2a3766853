import { useCallback, useRef, useState, type KeyboardEvent } from 'react';

/**
 * One tab stop per chart: arrow keys move between claims in time order, Home/End jump to the
 * ends, Enter or Space opens the focused claim.
 */
export function useRovingFocus(orderedIds: string[], onOpen: (id: string) => void) {
  const [activeId, setActiveId] = useState<string | null>(null);
  const elements = useRef(new Map<string, SVGGElement>());
  const current = activeId !== null && orderedIds.includes(activeId) ? activeId : (orderedIds[0] ?? null);

  const markRef = useCallback(
    (id: string) => (element: SVGGElement | null) => {
      if (element) elements.current.set(id, element);
      else elements.current.delete(id);
    },
    [],
  );

  const onKeyNavigate = (event: KeyboardEvent<SVGGElement>, id: string) => {
    const index = orderedIds.indexOf(id);
    let next: number | null = null;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = Math.min(index + 1, orderedIds.length - 1);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = Math.max(index - 1, 0);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = orderedIds.length - 1;
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(id);
      return;
    }
    if (next === null) return;
    event.preventDefault();
    const nextId = orderedIds[next];
    if (nextId === undefined) return;
    setActiveId(nextId);
    elements.current.get(nextId)?.focus();
  };

  return { activeId: current, markRef, onKeyNavigate };
}
