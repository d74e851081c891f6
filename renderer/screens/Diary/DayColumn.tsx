import { useState, type KeyboardEvent, type MouseEvent, type PointerEvent, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import type { AppointmentType, DiaryEntry } from '../../../shared/contract';
import { timeOf } from '../../../shared/calendar';
import { useT } from '../../i18n';
import type { DragMode } from './drag-model';
import { minuteAt, placeInLanes, type Span } from './diary-model';
import type { GridColumn } from './diary-columns';
import { typeName, useDiaryFormat } from './format';
import type { DragPreview } from './useVisitDrag';
import { VisitBlock } from './VisitBlock';

/** The body of one column: working hours shaded white, hour lines, the visits, a ghost where a click books. */
export function DayColumn(props: {
  column: GridColumn;
  span: Span;
  pxPerMinute: number;
  types: ReadonlyMap<number, AppointmentType>;
  clinicianOf?: ((id: number) => string) | undefined;
  ghostMinutes: number;
  nowMinutes: number | null;
  preview: DragPreview | null;
  onSlot(minute: number): void;
  onOpen(entry: DiaryEntry): void;
  onBlockKeys(event: KeyboardEvent<HTMLElement>): void;
  onDragStart(event: PointerEvent<HTMLElement>, entry: DiaryEntry, mode: DragMode): void;
}) {
  const { column: c, span, pxPerMinute: px, preview } = props;
  const t = useT();
  const fmt = useDiaryFormat();
  const [hover, setHover] = useState<number | null>(null);
  const height = (span[1] - span[0]) * px;
  const placed = placeInLanes(c.entries);
  const minuteOf = (event: MouseEvent<HTMLElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    return minuteAt(event.clientY - rect.top, span, px);
  };
  const ghostHere = preview?.columnKey === c.key ? preview : null;
  const hourLine = Math.max(1, 30 * px);

  return (
    <Box
      role="group"
      aria-label={[c.title, c.subtitle].filter(Boolean).join(', ')}
      data-column={c.key}
      onMouseMove={(event) => {
        if (event.target !== event.currentTarget || preview) {
          if (hover !== null) setHover(null);
          return;
        }
        const minute = minuteOf(event);
        if (hover !== minute) setHover(minute);
      }}
      onMouseLeave={() => setHover(null)}
      onClick={(event) => {
        if (event.target !== event.currentTarget) return;
        props.onSlot(minuteOf(event));
      }}
      sx={{
        position: 'relative',
        height,
        borderLeft: 1,
        borderColor: 'divider',
        cursor: 'copy',
        bgcolor: c.weekend ? '#e9edf1' : '#eef1f4',
        backgroundImage: c.closed
          ? 'repeating-linear-gradient(135deg, rgba(138,59,18,0.10) 0 8px, transparent 8px 16px)'
          : undefined,
      }}
    >
      {!c.closed &&
        c.spans.map(([s, e]) => (
          <Box
            key={`${s}-${e}`}
            aria-hidden
            sx={{
              position: 'absolute',
              left: 0,
              right: 0,
              top: (Math.max(s, span[0]) - span[0]) * px,
              height: (Math.min(e, span[1]) - Math.max(s, span[0])) * px,
              bgcolor: 'background.paper',
              pointerEvents: 'none',
            }}
          />
        ))}
      {/* Half-hour lines over the shading. */}
      <Box
        aria-hidden
        sx={{
          position: 'absolute',
          inset: 0,
          pointerEvents: 'none',
          backgroundImage: `repeating-linear-gradient(to bottom, transparent 0 ${hourLine - 1}px, rgba(120,140,160,0.14) ${hourLine - 1}px ${hourLine}px)`,
          backgroundPosition: `0 ${-((span[0] % 30) * px)}px`,
        }}
      />
      {hover !== null && !preview && (
        <Ghost top={(hover - span[0]) * px} height={Math.min(props.ghostMinutes, span[1] - hover) * px} dashed>
          + {fmt.time(timeOf(hover))}
        </Ghost>
      )}
      {ghostHere && (
        <Ghost top={(ghostHere.start - span[0]) * px} height={ghostHere.durationMinutes * px} testId="drag-preview">
          {fmt.timeRange(timeOf(ghostHere.start), timeOf(ghostHere.start + ghostHere.durationMinutes))}
        </Ghost>
      )}
      {c.today && props.nowMinutes !== null && props.nowMinutes >= span[0] && props.nowMinutes <= span[1] && (
        <Box
          aria-hidden
          sx={{
            position: 'absolute',
            left: 0,
            right: 0,
            top: (props.nowMinutes - span[0]) * px,
            borderTop: '2px solid #c62828',
            pointerEvents: 'none',
            zIndex: 1,
          }}
        />
      )}
      {placed.map(({ entry, lane, lanes }) => (
        <VisitBlock
          key={entry.id}
          entry={entry}
          span={span}
          pxPerMinute={px}
          lane={lane}
          lanes={lanes}
          type={typeName(t, props.types.get(entry.typeId))}
          clinician={props.clinicianOf?.(entry.clinicianId) ?? ''}
          lifted={preview?.entryId === entry.id}
          onOpen={() => props.onOpen(entry)}
          onKeyDown={props.onBlockKeys}
          onDragStart={(event, mode) => props.onDragStart(event, entry, mode)}
        />
      ))}
    </Box>
  );
}

function Ghost(props: { top: number; height: number; dashed?: boolean; testId?: string; children: ReactNode }) {
  return (
    <Box
      aria-hidden
      data-testid={props.testId}
      style={{ top: props.top, height: Math.max(12, props.height) }}
      sx={{
        position: 'absolute',
        left: 3,
        right: 3,
        border: props.dashed ? '1.5px dashed' : '2px solid',
        borderColor: 'primary.main',
        borderRadius: 1,
        bgcolor: props.dashed ? 'rgba(47,111,178,0.06)' : 'rgba(47,111,178,0.18)',
        color: 'primary.dark',
        fontSize: 12,
        fontWeight: 600,
        lineHeight: 1.2,
        px: 0.75,
        pointerEvents: 'none',
        overflow: 'hidden',
        zIndex: 4,
      }}
    >
      {props.children}
    </Box>
  );
}
