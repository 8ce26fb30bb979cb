"use client";
import { useRef, useState, type PointerEvent, type ReactNode } from "react";

const MAX_SCALE = 4;

/** Pinch or double-tap to zoom, drag to look around while zoomed. At 1x it lets horizontal
 * swipes through to the carousel around it. */
export function ZoomableImage({ children, label }: { children: ReactNode; label: string }) {
  const [view, setView] = useState({ scale: 1, x: 0, y: 0 });
  const [pinching, setPinching] = useState(false);
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const pinch = useRef<{ distance: number; scale: number } | null>(null);
  const lastTap = useRef(0);

  const distance = () => {
    const [a, b] = [...pointers.current.values()];
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  };

  function onPointerDown(event: PointerEvent) {
    pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (pointers.current.size === 2) {
      pinch.current = { distance: distance(), scale: view.scale };
      setPinching(true);
    }
    if (pointers.current.size === 1) {
      const now = Date.now();
      if (now - lastTap.current < 300) {
        setView((v) => (v.scale > 1 ? { scale: 1, x: 0, y: 0 } : { scale: 2.5, x: 0, y: 0 }));
        lastTap.current = 0; // a third tap starts a new double-tap
      } else {
        lastTap.current = now;
      }
    }
  }

  function onPointerMove(event: PointerEvent) {
    const previous = pointers.current.get(event.pointerId);
    if (!previous) return;
    pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (pinch.current && pointers.current.size === 2) {
      const scale = Math.min(MAX_SCALE, Math.max(1, (pinch.current.scale * distance()) / pinch.current.distance));
      setView((v) => (scale === 1 ? { scale: 1, x: 0, y: 0 } : { ...v, scale }));
    } else if (view.scale > 1) {
      setView((v) => ({ ...v, x: v.x + event.clientX - previous.x, y: v.y + event.clientY - previous.y }));
    }
  }

  function onPointerUp(event: PointerEvent) {
    pointers.current.delete(event.pointerId);
    if (pointers.current.size < 2) {
      pinch.current = null;
      setPinching(false);
    }
  }

  return (
    <div
      role="img"
      aria-label={label}
      data-zoom={view.scale.toFixed(2)}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      className="flex h-full w-full items-center justify-center overflow-hidden"
      style={{ touchAction: view.scale > 1 ? "none" : "pan-x" }}
    >
      <div style={{ transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})`, transition: pinching ? "none" : "transform 120ms ease-out" }} className="max-h-full max-w-full">
        {children}
      </div>
    </div>
  );
}
