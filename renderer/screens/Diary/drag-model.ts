import type { Span } from './diary-model';

/*
 * Dragging a visit in the grid, free of React: where a pointer that moved `dy` pixels (and is
 * over column `column`) puts the visit. Moves and lengths snap to 5 minutes and stay inside the
 * hours the grid shows; main still decides whether the new time is free.
 */

export type DragMode = 'move' | 'resize';

export interface DragOrigin {
  mode: DragMode;
  /** Index of the column the visit was picked up from. */
  column: number;
  /** Minutes after midnight. */
  start: number;
  durationMinutes: number;
}

export interface DragTarget {
  column: number;
  start: number;
  durationMinutes: number;
}

/** Pixels a pointer may wander before a press becomes a drag (below it is a click). */
export const DRAG_THRESHOLD_PX = 4;
export const SNAP_MINUTES = 5;
const MAX_MINUTES = 480;

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

export function dragTarget(
  origin: DragOrigin,
  dy: number,
  column: number,
  span: Span,
  pxPerMinute: number,
  step = SNAP_MINUTES,
): DragTarget {
  const delta = Math.round(dy / pxPerMinute / step) * step;
  if (origin.mode === 'resize') {
    const end =
      delta === 0 ? origin.start + origin.durationMinutes : snap(origin.start + origin.durationMinutes + delta, step);
    const longest = Math.min(MAX_MINUTES, span[1] - origin.start);
    return {
      column: origin.column,
      start: origin.start,
      durationMinutes: clamp(end - origin.start, step, Math.max(step, longest)),
    };
  }
  const start = delta === 0 ? origin.start : snap(origin.start + delta, step);
  return {
    column,
    start: clamp(start, span[0], Math.max(span[0], span[1] - origin.durationMinutes)),
    durationMinutes: origin.durationMinutes,
  };
}

/** True when the drop changes the visit (a drag back to where it was is nothing). */
export function moved(origin: DragOrigin, target: DragTarget): boolean {
  return (
    target.column !== origin.column ||
    target.start !== origin.start ||
    target.durationMinutes !== origin.durationMinutes
  );
}

/** The column whose horizontal extent holds `x`, or `fallback` (no layout, or outside the grid). */
export function columnAt(x: number, rects: readonly { left: number; right: number }[], fallback: number): number {
  const found = rects.findIndex((r) => r.right > r.left && x >= r.left && x < r.right);
  return found === -1 ? fallback : found;
}

function snap(minutes: number, step: number): number {
  return Math.round(minutes / step) * step;
}
