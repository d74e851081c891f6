import type { KeyboardEvent, PointerEvent } from 'react';
import Box from '@mui/material/Box';
import type { DiaryEntry } from '../../../shared/contract';
import { useT } from '../../i18n';
import type { DragMode } from './drag-model';
import { entrySpan, type Span } from './diary-model';
import { useDiaryFormat } from './format';
import { STATUS_LOOK } from './status';

/** One visit in the grid: a button that opens it; a booked one can be dragged, its lower edge resized. */
export function VisitBlock(props: {
  entry: DiaryEntry;
  span: Span;
  pxPerMinute: number;
  lane: number;
  lanes: number;
  type: string;
  clinician: string;
  /** Being dragged elsewhere: shown faded where it is now. */
  lifted: boolean;
  onOpen(): void;
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
  onDragStart(event: PointerEvent<HTMLElement>, mode: DragMode): void;
}) {
  const { entry, span, pxPerMinute: px, lane, lanes, type, clinician } = props;
  const t = useT();
  const fmt = useDiaryFormat();
  const look = STATUS_LOOK[entry.status];
  const [s, e] = entrySpan(entry);
  const top = (s - span[0]) * px;
  const height = Math.max(12, (e - s) * px - 2);
  const name = t('name.list', { first: entry.patient.firstName, last: entry.patient.lastName });
  const time = fmt.timeRange(entry.start, entry.end);
  const status = t(`diary.status.${entry.status}`);
  const label = [time, name, type, clinician, status].filter(Boolean).join(', ');
  const roomy = height >= 34;
  const cancelled = entry.status === 'cancelled';
  const draggable = entry.status === 'booked';
  return (
    <Box
      component="button"
      type="button"
      data-visit={entry.id}
      data-start={entry.start}
      aria-label={label}
      title={draggable ? `${label}\n${t('diary.drag.hint')}` : label}
      onClick={props.onOpen}
      onKeyDown={props.onKeyDown}
      onPointerDown={draggable ? (event: PointerEvent<HTMLElement>) => props.onDragStart(event, 'move') : undefined}
      // Geometry inline: one class per block would flood the style sheet on a busy week.
      style={{
        top,
        height,
        left: `calc(${(lane / lanes) * 100}% + 3px)`,
        width: `calc(${100 / lanes}% - 6px)`,
        zIndex: cancelled ? 1 : 2,
        opacity: props.lifted ? 0.35 : cancelled ? 0.75 : 1,
      }}
      sx={{
        position: 'absolute',
        display: 'flex',
        flexDirection: roomy ? 'column' : 'row',
        alignItems: roomy ? 'stretch' : 'center',
        textAlign: 'left',
        overflow: 'hidden',
        px: 0.75,
        py: roomy ? 0.25 : 0,
        m: 0,
        font: 'inherit',
        fontSize: height < 16 ? 11 : 13,
        lineHeight: 1.25,
        color: look.fg,
        bgcolor: look.bg,
        border: 1,
        borderColor: look.border,
        borderLeftWidth: 4,
        borderRadius: 1,
        cursor: draggable ? 'grab' : 'pointer',
        userSelect: 'none',
        touchAction: draggable ? 'none' : undefined,
        '&:hover': { filter: 'brightness(0.97)', boxShadow: 1 },
        '&:hover > [data-resize]': { opacity: 1 },
        '&:focus-visible': { outline: '3px solid', outlineColor: 'primary.main', outlineOffset: 1, zIndex: 3 },
      }}
    >
      <Box
        component="span"
        sx={{ display: 'flex', alignItems: 'center', gap: 0.5, minWidth: 0, whiteSpace: 'nowrap', overflow: 'hidden' }}
      >
        {height >= 16 && <look.Icon sx={{ fontSize: 15, color: look.border, flexShrink: 0 }} aria-hidden />}
        <Box component="span" sx={{ fontWeight: 700, fontVariantNumeric: 'tabular-nums', flexShrink: 0 }}>
          {fmt.time(entry.start)}
        </Box>
        <Box
          component="span"
          sx={{
            fontWeight: 600,
            overflow: 'hidden',
            textOverflow: 'ellipsis',
            textDecoration: cancelled ? 'line-through' : undefined,
          }}
        >
          {name}
        </Box>
      </Box>
      {roomy && (
        <Box
          component="span"
          sx={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', opacity: 0.9 }}
          aria-hidden
        >
          {[type, clinician, entry.status !== 'booked' ? status : ''].filter(Boolean).join(' · ')}
        </Box>
      )}
      {draggable && (
        <Box
          component="span"
          aria-hidden
          data-resize
          title={t('diary.drag.resize')}
          onPointerDown={(event: PointerEvent<HTMLElement>) => {
            event.stopPropagation();
            props.onDragStart(event, 'resize');
          }}
          sx={{
            position: 'absolute',
            left: 0,
            right: 0,
            bottom: 0,
            height: 6,
            cursor: 'ns-resize',
            opacity: 0,
            borderBottom: '3px double',
            borderColor: look.border,
          }}
        />
      )}
    </Box>
  );
}
