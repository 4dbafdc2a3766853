import { useLayoutEffect, useState, type RefObject } from 'react';

/** The slide's design width: a smaller stage draws it scaled down, never reflowed. */
const DESIGN_MIN_WIDTH = 1280;
/** Room under a letterboxed slide that the previous / next buttons move into (portrait phones). */
const NAV_BELOW_MIN = 72;

/** The largest 16:9 box inside `root`, and the scale the slide is drawn at inside it. */
export function useStage(root: RefObject<HTMLElement | null>) {
  const [viewport, setViewport] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const element = root.current;
    if (!element) return;
    const read = () => setViewport({ width: element.clientWidth, height: element.clientHeight });
    read();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(read);
    observer.observe(element);
    return () => observer.disconnect();
  }, [root]);
  const width = Math.floor(Math.min(viewport.width, (viewport.height * 16) / 9));
  const height = Math.floor((width * 9) / 16);
  const scale = width >= DESIGN_MIN_WIDTH || width === 0 ? 1 : width / DESIGN_MIN_WIDTH;
  return { width, height, scale, navBelow: (viewport.height - height) / 2 >= NAV_BELOW_MIN };
}
