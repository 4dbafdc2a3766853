import { useRef, useState, type PointerEvent } from 'react';
import { MARK_HIT_RADIUS } from '@/config/before-the-app';
import type { ChartLayout } from './chart-layout-types';
import { nearestMark } from './place-marks';
import type { ChartPointerStore } from './chart-pointer-store';

/** How far from a mark's centre a click or tap still opens it (the page's loader aims with it too). */
const HIT_RADIUS = MARK_HIT_RADIUS;
const DRAG = 8;
const day = (t: number) => new Date(t).toISOString().slice(0, 10);

interface HitOverlayProps {
  layout: ChartLayout;
  domain: [number, number];
  store: ChartPointerStore;
  onOpen: (id: string) => void;
  onBrush?: ((from: string, to: string) => void) | undefined;
}

/** The pointer position in the svg's own coordinates, whatever CSS does to its size. */
function localPoint(event: PointerEvent<SVGRectElement>): { x: number; y: number } {
  const svg = event.currentTarget.ownerSVGElement;
  const matrix = svg?.getScreenCTM()?.inverse();
  if (!matrix) return { x: event.clientX, y: event.clientY };
  const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix);
  return { x: p.x, y: p.y };
}

/**
 * One transparent layer over the plot and the band takes every pointer event: a click or tap opens
 * the mark nearest the pointer (within HIT_RADIUS), so overlapping glyphs never steal a click; a
 * drag across the plot narrows the dates; hovering tells the overlay which mark is under the pointer.
 */
export function HitOverlay({ layout, domain, store, onOpen, onBrush }: HitOverlayProps) {
  const down = useRef<{ x: number; y: number } | null>(null);
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);
  const [cursor, setCursor] = useState<'pointer' | 'crosshair' | 'default'>('default');
  const { plot, lane } = layout;
  const top = (lane?.top ?? plot.top) - 12;
  const clampX = (x: number) => Math.min(Math.max(x, plot.left), plot.right);
  const toTime = (x: number) => domain[0] + ((x - plot.left) / (plot.right - plot.left)) * (domain[1] - domain[0]);
  const { pointerMoved } = store.getState().actions;

  const onPointerMove = (event: PointerEvent<SVGRectElement>) => {
    const p = localPoint(event);
    if (down.current && onBrush && Math.abs(p.x - down.current.x) > DRAG) {
      setDrag({ start: clampX(down.current.x), end: clampX(p.x) });
      return;
    }
    if (event.pointerType !== 'mouse') return;
    const hit = nearestMark(layout.targets, p.x, p.y, HIT_RADIUS);
    pointerMoved(hit ? { id: hit.id, x: hit.x, y: hit.y } : null);
    setCursor(hit ? 'pointer' : onBrush ? 'crosshair' : 'default');
  };
  const onPointerUp = (event: PointerEvent<SVGRectElement>) => {
    const p = localPoint(event);
    const start = down.current;
    down.current = null;
    setDrag(null);
    if (!start) return;
    if (onBrush && Math.abs(p.x - start.x) > DRAG) {
      const [a, b] = [toTime(clampX(Math.min(start.x, p.x))), toTime(clampX(Math.max(start.x, p.x)))];
      onBrush(day(a), day(b));
      return;
    }
    const hit = nearestMark(layout.targets, p.x, p.y, HIT_RADIUS);
    if (hit) onOpen(hit.id);
  };

  return (
    <g className="chart-hit-layer">
      {drag ? (
        <rect
          x={Math.min(drag.start, drag.end)}
          y={plot.top}
          width={Math.abs(drag.end - drag.start)}
          height={plot.bottom - plot.top}
          className="brush__selection"
          pointerEvents="none"
        />
      ) : null}
      <rect
        className="chart-hit"
        x={plot.left - HIT_RADIUS}
        y={top}
        width={plot.right - plot.left + 2 * HIT_RADIUS}
        height={Math.max(plot.bottom, lane ? lane.top + lane.height : 0) - top + 12}
        fill="transparent"
        style={cursor === 'default' ? undefined : { cursor }}
        onPointerDown={(event) => {
          if (event.button !== 0) return;
          try {
            event.currentTarget.setPointerCapture?.(event.pointerId);
          } catch {
            // The pointer is gone already (a press replayed after the app took over): nothing to capture.
          }
          down.current = localPoint(event);
        }}
        onPointerMove={onPointerMove}
        // Where the pointer comes in, as where it moves: React holds a pointerover that reaches a chart still
        // hydrating and gives it once hydrated, where it drops a pointermove (a pointer that rested on a mark meanwhile).
        onPointerOver={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => {
          down.current = null;
          setDrag(null);
        }}
        onPointerLeave={() => pointerMoved(null)}
      />
    </g>
  );
}
