import { useState, type PointerEvent } from 'react';
import { useXAxisInverseScale } from 'recharts';

interface BrushLayerProps {
  plot: { x: number; y: number; width: number; height: number };
  onBrush: (from: string, to: string) => void;
}

const day = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Drag across the plot to set the date range; a plain click does nothing. Keyboard users have the date fields. */
export function BrushLayer({ plot, onBrush }: BrushLayerProps) {
  const invert = useXAxisInverseScale();
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);
  const localX = (event: PointerEvent<SVGRectElement>) => {
    const svg = event.currentTarget.ownerSVGElement;
    const left = svg ? svg.getBoundingClientRect().left : 0;
    return Math.min(Math.max(event.clientX - left, plot.x), plot.x + plot.width);
  };
  const finish = () => {
    if (drag && invert && Math.abs(drag.end - drag.start) > 8) {
      const a = Number(invert(Math.min(drag.start, drag.end)));
      const b = Number(invert(Math.max(drag.start, drag.end)));
      onBrush(day(a), day(b));
    }
    setDrag(null);
  };
  return (
    <g className="brush">
      <rect
        x={plot.x}
        y={plot.y}
        width={plot.width}
        height={plot.height}
        fill="transparent"
        style={{ cursor: 'crosshair', touchAction: 'pan-y' }}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          const x = localX(e);
          setDrag({ start: x, end: x });
        }}
        onPointerMove={(e) => drag && setDrag({ ...drag, end: localX(e) })}
        onPointerUp={finish}
        onPointerCancel={() => setDrag(null)}
      />
      {drag ? <rect x={Math.min(drag.start, drag.end)} y={plot.y} width={Math.abs(drag.end - drag.start)} height={plot.height} className="brush__selection" pointerEvents="none" /> : null}
    </g>
  );
}
