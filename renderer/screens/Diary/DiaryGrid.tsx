import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import LockIcon from '@mui/icons-material/LockOutlined';
import type { AppointmentType, ClosedDay, DiaryEntry } from '../../../shared/contract';
import { timeOf } from '../../../shared/diary/dates';
import { useT } from '../../i18n';
import { entrySpan, minuteAt, placeInLanes, type Span } from './diary-model';
import { typeName, useDiaryFormat } from './format';
import { STATUS_LOOK } from './status';

/** Vertical scale: 2 px a minute, so a 20-minute visit has room for two lines. */
export const PX_PER_MINUTE = 2;
const GUTTER = 64;

export interface GridColumn {
  key: string;
  date: string;
  /** The clinician a click books for; null in the week view of everyone. */
  clinicianId: number | null;
  title: string;
  subtitle: string;
  /** Closed for this column's people (clinic-wide, or this clinician). */
  closed: ClosedDay | null;
  /** A partial closure worth a note (one clinician off on an everyone view). */
  note: string;
  /** Working hours: shaded white, the rest grey. */
  spans: Span[];
  entries: DiaryEntry[];
  today: boolean;
  weekend: boolean;
}

interface Props {
  columns: GridColumn[];
  span: Span;
  types: ReadonlyMap<number, AppointmentType>;
  /** Shown on blocks when a column holds several clinicians' visits. */
  clinicianOf?: (id: number) => string;
  /** The time a click on an empty spot would book, drawn as a ghost block. */
  ghostMinutes: number;
  nowMinutes: number | null;
  onSlot(column: GridColumn, minute: number): void;
  onOpen(entry: DiaryEntry): void;
  empty: string | null;
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
  empty,
}: Props) {
  const t = useT();
  const fmt = useDiaryFormat();
  const height = (span[1] - span[0]) * PX_PER_MINUTE;
  const scroller = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<{ key: string; minute: number } | null>(null);
  const hours: number[] = [];
  for (let m = Math.ceil(span[0] / 60) * 60; m < span[1]; m += 60) hours.push(m);

  // Open on the working day, not at midnight: scroll to the earliest working hour or visit.
  const firstKey = columns.map((c) => c.key).join('|');
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const starts = columns.flatMap((c) => [...c.spans.map((s) => s[0]), ...c.entries.map((e) => entrySpan(e)[0])]);
    const first = starts.length ? Math.min(...starts) : span[0];
    el.scrollTop = Math.max(0, (first - span[0] - 30) * PX_PER_MINUTE);
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

  const minuteOf = (event: MouseEvent<HTMLElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    return minuteAt(event.clientY - rect.top, span, PX_PER_MINUTE);
  };

  return (
    <Box
      ref={scroller}
      sx={{
        overflow: 'auto',
        maxHeight: 'calc(100vh - 232px)',
        minHeight: 360,
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
              py: 1,
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
              {c.subtitle}
            </Typography>
            {c.closed ? (
              <Typography
                variant="caption"
                component="div"
                noWrap
                title={c.closed.label}
                sx={{ color: '#8a3b12', fontWeight: 600, display: 'flex', alignItems: 'center', gap: 0.5 }}
              >
                <LockIcon sx={{ fontSize: 14 }} aria-hidden />
                {c.closed.label ? t('diary.closedLabel', { label: c.closed.label }) : t('diary.closed')}
              </Typography>
            ) : c.note ? (
              <Typography variant="caption" component="div" noWrap title={c.note} sx={{ color: '#8a3b12' }}>
                {c.note}
              </Typography>
            ) : null}
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
                top: m === span[0] ? 2 : (m - span[0]) * PX_PER_MINUTE - 9,
                right: 8,
                color: 'text.secondary',
                fontVariantNumeric: 'tabular-nums',
              }}
            >
              {fmt.time(timeOf(m))}
            </Typography>
          ))}
        </Box>

        {columns.map((c) => {
          const placed = placeInLanes(c.entries);
          const ghost = hover?.key === c.key ? hover.minute : null;
          return (
            <Box
              key={c.key}
              role="group"
              aria-label={[c.title, c.subtitle].filter(Boolean).join(', ')}
              data-column={c.key}
              onMouseMove={(event) => {
                if (event.target !== event.currentTarget) {
                  if (hover) setHover(null);
                  return;
                }
                const minute = minuteOf(event);
                if (hover?.key !== c.key || hover.minute !== minute) setHover({ key: c.key, minute });
              }}
              onMouseLeave={() => setHover(null)}
              onClick={(event) => {
                if (event.target !== event.currentTarget) return;
                onSlot(c, minuteOf(event));
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
                      top: (Math.max(s, span[0]) - span[0]) * PX_PER_MINUTE,
                      height: (Math.min(e, span[1]) - Math.max(s, span[0])) * PX_PER_MINUTE,
                      bgcolor: 'background.paper',
                      pointerEvents: 'none',
                    }}
                  />
                ))}
              {/* Hour and half-hour lines over the shading. */}
              <Box
                aria-hidden
                sx={{
                  position: 'absolute',
                  inset: 0,
                  pointerEvents: 'none',
                  backgroundImage: `repeating-linear-gradient(to bottom, transparent 0 ${30 * PX_PER_MINUTE - 1}px, rgba(120,140,160,0.14) ${30 * PX_PER_MINUTE - 1}px ${30 * PX_PER_MINUTE}px)`,
                  backgroundPosition: `0 ${-((span[0] % 30) * PX_PER_MINUTE)}px`,
                }}
              />
              {ghost !== null && (
                <Box
                  aria-hidden
                  sx={{
                    position: 'absolute',
                    left: 3,
                    right: 3,
                    top: (ghost - span[0]) * PX_PER_MINUTE,
                    height: Math.min(ghostMinutes, span[1] - ghost) * PX_PER_MINUTE,
                    border: '1.5px dashed',
                    borderColor: 'primary.main',
                    borderRadius: 1,
                    bgcolor: 'rgba(47,111,178,0.06)',
                    color: 'primary.dark',
                    fontSize: 12,
                    fontWeight: 600,
                    px: 0.75,
                    pointerEvents: 'none',
                  }}
                >
                  + {fmt.time(timeOf(ghost))}
                </Box>
              )}
              {c.today && nowMinutes !== null && nowMinutes >= span[0] && nowMinutes <= span[1] && (
                <Box
                  aria-hidden
                  sx={{
                    position: 'absolute',
                    left: 0,
                    right: 0,
                    top: (nowMinutes - span[0]) * PX_PER_MINUTE,
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
                  lane={lane}
                  lanes={lanes}
                  type={typeName(t, types.get(entry.typeId))}
                  clinician={clinicianOf?.(entry.clinicianId) ?? ''}
                  onOpen={() => onOpen(entry)}
                  onKeyDown={blockKeys}
                />
              ))}
            </Box>
          );
        })}
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
} as const;

function VisitBlock(props: {
  entry: DiaryEntry;
  span: Span;
  lane: number;
  lanes: number;
  type: string;
  clinician: string;
  onOpen(): void;
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
}) {
  const { entry, span, lane, lanes, type, clinician } = props;
  const t = useT();
  const fmt = useDiaryFormat();
  const look = STATUS_LOOK[entry.status];
  const [s, e] = entrySpan(entry);
  const top = (s - span[0]) * PX_PER_MINUTE;
  const height = Math.max(18, (e - s) * PX_PER_MINUTE - 2);
  const name = t('name.list', { first: entry.patient.firstName, last: entry.patient.lastName });
  const time = fmt.timeRange(entry.start, entry.end);
  const status = t(`diary.status.${entry.status}`);
  const label = [time, name, type, clinician, status].filter(Boolean).join(', ');
  const roomy = height >= 34;
  const cancelled = entry.status === 'cancelled';
  return (
    <Box
      component="button"
      type="button"
      data-visit={entry.id}
      data-start={entry.start}
      aria-label={label}
      title={label}
      onClick={props.onOpen}
      onKeyDown={props.onKeyDown}
      // Geometry inline: one class per block would flood the style sheet on a busy week.
      style={{
        top,
        height,
        left: `calc(${(lane / lanes) * 100}% + 3px)`,
        width: `calc(${100 / lanes}% - 6px)`,
        zIndex: cancelled ? 1 : 2,
      }}
      sx={{
        position: 'absolute',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'stretch',
        textAlign: 'left',
        overflow: 'hidden',
        px: 0.75,
        py: roomy ? 0.25 : 0,
        m: 0,
        font: 'inherit',
        fontSize: 13,
        lineHeight: 1.3,
        color: look.fg,
        bgcolor: look.bg,
        border: 1,
        borderColor: look.border,
        borderLeftWidth: 4,
        borderRadius: 1,
        cursor: 'pointer',
        opacity: cancelled ? 0.75 : 1,
        '&:hover': { filter: 'brightness(0.97)', boxShadow: 1 },
        '&:focus-visible': { outline: '3px solid', outlineColor: 'primary.main', outlineOffset: 1, zIndex: 3 },
      }}
    >
      <Box
        component="span"
        sx={{ display: 'flex', alignItems: 'center', gap: 0.5, minWidth: 0, whiteSpace: 'nowrap', overflow: 'hidden' }}
      >
        <look.Icon sx={{ fontSize: 15, color: look.border, flexShrink: 0 }} aria-hidden />
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
    </Box>
  );
}
