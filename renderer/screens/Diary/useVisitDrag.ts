import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import type { DiaryEntry } from '../../../shared/contract';
import { minutesOf } from '../../../shared/calendar';
import type { Span } from './diary-model';
import { columnAt, DRAG_THRESHOLD_PX, dragTarget, moved, type DragMode, type DragOrigin } from './drag-model';

/** Where a dragged visit would go, drawn as a ghost while the pointer is down and while main answers. */
export interface DragPreview {
  entryId: number;
  columnKey: string;
  start: number;
  durationMinutes: number;
}

export interface DropRequest<C> {
  entry: DiaryEntry;
  column: C;
  start: number;
  durationMinutes: number;
}

/**
 * Pointer drags of visit blocks: the block follows in 5-minute steps (across columns when moved),
 * and on release `onDrop` asks main. Until it answers the ghost stays; refused, it springs back.
 * Esc while dragging puts the visit back.
 */
export function useVisitDrag<C extends { key: string }>(options: {
  grid: RefObject<HTMLElement | null>;
  columns: readonly C[];
  span: Span;
  pxPerMinute: number;
  onDrop(request: DropRequest<C>): Promise<unknown>;
}) {
  const [preview, setPreview] = useState<DragPreview | null>(null);
  const suppressClick = useRef(false);
  const stop = useRef<(() => void) | null>(null);
  useEffect(() => () => stop.current?.(), []);

  const begin = (event: ReactPointerEvent<HTMLElement>, entry: DiaryEntry, columnIndex: number, mode: DragMode) => {
    if (event.button !== 0 || entry.status !== 'booked' || stop.current) return;
    const { columns, span, pxPerMinute, onDrop } = options;
    const origin: DragOrigin = {
      mode,
      column: columnIndex,
      start: minutesOf(entry.start),
      durationMinutes: entry.durationMinutes,
    };
    const rects = Array.from(options.grid.current?.querySelectorAll('[data-column]') ?? []).map((el) =>
      el.getBoundingClientRect(),
    );
    const x0 = event.clientX;
    const y0 = event.clientY;
    let active = false;
    let last: ReturnType<typeof dragTarget> | null = null;

    const onMove = (e: PointerEvent) => {
      if (!active && Math.hypot(e.clientX - x0, e.clientY - y0) < DRAG_THRESHOLD_PX) return;
      active = true;
      const column = mode === 'move' ? columnAt(e.clientX, rects, origin.column) : origin.column;
      last = dragTarget(origin, e.clientY - y0, column, span, pxPerMinute);
      setPreview({
        entryId: entry.id,
        columnKey: columns[last.column]!.key,
        start: last.start,
        durationMinutes: last.durationMinutes,
      });
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      end();
      setPreview(null);
    };
    const onUp = () => {
      end();
      if (!active) return;
      // The click that follows the release is not "open the visit".
      suppressClick.current = true;
      setTimeout(() => (suppressClick.current = false), 0);
      if (!last || !moved(origin, last)) {
        setPreview(null);
        return;
      }
      const target = last;
      void onDrop({
        entry,
        column: columns[target.column]!,
        start: target.start,
        durationMinutes: target.durationMinutes,
      }).finally(() => setPreview(null));
    };
    const end = () => {
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onCancel);
      window.removeEventListener('keydown', onKey, true);
      stop.current = null;
    };
    const onCancel = () => {
      end();
      setPreview(null);
    };
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onCancel);
    window.addEventListener('keydown', onKey, true);
    stop.current = end;
  };

  return {
    preview,
    begin,
    /** True for the click that ends a drag (the block is not opened). */
    swallowClick: () => suppressClick.current,
  };
}
