import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import LockIcon from '@mui/icons-material/LockOutlined';
import type { AppointmentType, DiaryEntry } from '../../../shared/contract';
import { timeOf } from '../../../shared/calendar';
import { useT } from '../../i18n';
import { DayColumn } from './DayColumn';
import type { GridColumn } from './diary-columns';
export type { GridColumn } from './diary-columns';
import { entrySpan, type Span } from './diary-model';
import { useDiaryFormat } from './format';
import { useVisitDrag, type DropRequest } from './useVisitDrag';

/** Vertical scale bounds: the grid fits the window between them, and scrolls below the smallest. */
export const MIN_PX_PER_MINUTE = 0.75;
export const MAX_PX_PER_MINUTE = 2.5;
const GUTTER = 64;
const HEADER_PX = 52;

interface Props {
  columns: GridColumn[];
  span: Span;
  types: ReadonlyMap<number, AppointmentType>;
  /** Shown on blocks when a column holds several clinicians' visits. */
  clinicianOf?: ((id: number) => string) | undefined;
  /** The time a click on an empty spot would book, drawn as a ghost block. */
  ghostMinutes: number;
  nowMinutes: number | null;
  onSlot(column: GridColumn, minute: number): void;
  onOpen(entry: DiaryEntry): void;
  /** A visit dropped at a new time, column or length; resolves once main answered (refused: it springs back). */
  onDrop(request: DropRequest<GridColumn>): Promise<unknown>;
  empty: string | null;
}

/** Pixels per minute so the shown hours fill the window down to its bottom edge (08:00-18:00 fits 1366×768). */
function useFitScale(ref: RefObject<HTMLElement | null>, minutes: number): { px: number; room: number } {
  const [room, setRoom] = useState(() => window.innerHeight - 240);
  useLayoutEffect(() => {
    const measure = () => {
      const top = ref.current?.getBoundingClientRect().top ?? 0;
      setRoom(window.innerHeight - Math.max(0, top) - 28);
    };
    measure();
    window.addEventListener('resize', measure);
    // The rows above the grid (an alert, a wrapped toolbar) move its top: measure again then.
    const above = ref.current?.parentElement;
    const observer = typeof ResizeObserver === 'undefined' || !above ? null : new ResizeObserver(measure);
    if (above) observer?.observe(above);
    for (const el of Array.from(above?.children ?? [])) if (el !== ref.current) observer?.observe(el);
    return () => {
      window.removeEventListener('resize', measure);
      observer?.disconnect();
    };
  }, [ref]);
  const fit = (room - HEADER_PX - 2) / Math.max(60, minutes);
  return { px: Math.floor(Math.max(MIN_PX_PER_MINUTE, Math.min(MAX_PX_PER_MINUTE, fit)) * 100) / 100, room };
}

/** The day or week as a time grid: one column per clinician (day) or per day (week). */
export function DiaryGrid({
  columns,
  span,
  types,
  clinicianOf,
  ghostMinutes,
  nowMinutes,
  onSlot,
  onOpen,
  onDrop,
  empty,
}: Props) {
  const t = useT();
  const fmt = useDiaryFormat();
  const scroller = useRef<HTMLDivElement>(null);
  const { px, room } = useFitScale(scroller, span[1] - span[0]);
  const height = (span[1] - span[0]) * px;
  const drag = useVisitDrag({ grid: scroller, columns, span, pxPerMinute: px, onDrop });
  const hours: number[] = [];
  for (let m = Math.ceil(span[0] / 60) * 60; m < span[1]; m += 60) hours.push(m);

  // Open on the working day, not at midnight: scroll to the earliest working hour or visit.
  const firstKey = columns.map((c) => c.key).join('|');
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const starts = columns.flatMap((c) => [...c.spans.map((s) => s[0]), ...c.entries.map((e) => entrySpan(e)[0])]);
    const first = starts.length ? Math.min(...starts) : span[0];
    el.scrollTop = Math.max(0, (first - span[0] - 30) * px);
    // Only when the days or people shown change, not on every reload of the same view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [firstKey, span[0]]);

  const blockKeys = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = Array.from(scroller.current?.querySelectorAll<HTMLElement>('[data-visit]') ?? []);
    const at = all.indexOf(event.currentTarget);
    const next = all[at + (event.key === 'ArrowDown' ? 1 : -1)];
    if (next) {
      event.preventDefault();
      next.focus();
      next.scrollIntoView?.({ block: 'nearest' });
    }
  };

  return (
    <Box
      ref={scroller}
      data-px-per-minute={px}
      sx={{
        overflow: 'auto',
        maxHeight: Math.max(300, Math.min(room, height + HEADER_PX + 2)),
        minHeight: 300,
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        bgcolor: 'background.paper',
        position: 'relative',
      }}
    >
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: `${GUTTER}px repeat(${columns.length}, minmax(${columns.length > 3 ? 128 : 200}px, 1fr))`,
          minWidth: 'min-content',
        }}
      >
        {/* Header row, pinned while the hours scroll. */}
        <Box sx={{ ...headerCell, left: 0, zIndex: 3 }} />
        {columns.map((c) => (
          <Box
            key={c.key}
            sx={{
              ...headerCell,
              px: 1.25,
              py: 0.75,
              bgcolor: c.today ? 'rgba(47,111,178,0.08)' : 'background.paper',
              borderLeft: 1,
              borderLeftColor: 'divider',
            }}
          >
            <Typography
              sx={{ fontWeight: 700, fontSize: '0.95rem', color: c.today ? 'primary.main' : 'text.primary' }}
              noWrap
              title={c.title}
            >
              {c.title}
            </Typography>
            <Typography variant="caption" component="div" noWrap sx={{ color: 'text.secondary' }} title={c.subtitle}>
              {c.closed ? (
                <Box component="span" sx={{ color: '#8a3b12', fontWeight: 600, display: 'inline-flex', gap: 0.5 }}>
                  <LockIcon sx={{ fontSize: 14 }} aria-hidden />
                  {c.closed.label ? t('diary.closedLabel', { label: c.closed.label }) : t('diary.closed')}
                </Box>
              ) : (
                [c.subtitle, c.note].filter(Boolean).join(' · ') || '\u00a0'
              )}
            </Typography>
          </Box>
        ))}

        {/* Time gutter. */}
        <Box
          aria-hidden
          sx={{
            position: 'sticky',
            left: 0,
            zIndex: 2,
            height,
            bgcolor: 'background.paper',
            borderRight: 1,
            borderColor: 'divider',
          }}
        >
          {hours.map((m) => (
            <Typography
              key={m}
              variant="caption"
              sx={{
                position: 'absolute',
                top: m === span[0] ? 2 : (m - span[0]) * px - 9,
                right: 8,
                color: 'text.secondary',
                fontVariantNumeric: 'tabular-nums',
              }}
            >
              {fmt.time(timeOf(m))}
            </Typography>
          ))}
        </Box>

        {columns.map((c, index) => (
          <DayColumn
            key={c.key}
            column={c}
            span={span}
            pxPerMinute={px}
            types={types}
            clinicianOf={clinicianOf}
            ghostMinutes={ghostMinutes}
            nowMinutes={nowMinutes}
            preview={drag.preview}
            onSlot={(minute) => !drag.swallowClick() && onSlot(c, minute)}
            onOpen={(entry) => !drag.swallowClick() && onOpen(entry)}
            onBlockKeys={blockKeys}
            onDragStart={(event, entry, mode) => drag.begin(event, entry, index, mode)}
          />
        ))}
      </Box>
      {empty && (
        <Typography
          sx={{
            position: 'sticky',
            left: 0,
            bottom: 16,
            mx: 'auto',
            width: 'fit-content',
            maxWidth: '90%',
            px: 2,
            py: 1,
            borderRadius: 1,
            bgcolor: 'background.paper',
            boxShadow: 1,
            color: 'text.secondary',
            textAlign: 'center',
            zIndex: 3,
            mt: -7,
          }}
        >
          {empty}
        </Typography>
      )}
    </Box>
  );
}

const headerCell = {
  position: 'sticky',
  top: 0,
  zIndex: 2,
  bgcolor: 'background.paper',
  borderBottom: 1,
  borderColor: 'divider',
  minWidth: 0,
  height: HEADER_PX,
} as const;
