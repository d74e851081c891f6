import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import Box from '@mui/material/Box';
import { SKIP_REASONS, type Mood, type SkipReason } from '../../../shared/contract';
import { visuallyHidden } from '../../components/visually-hidden';
import { useI18n } from '../../i18n';
import { percentText, type SheetItem } from './figures';
import { GridRow, MOODS, type RowShared } from './GridRow';
import { MOOD_KEYS, SKIP_KEYS, letterOf, plain } from './keys';
import {
  cycle,
  toggleCell,
  toggleDay,
  toggleItem,
  toggleMood,
  toggleSkip,
  type DayState,
  type RunningFigure,
} from './return-model';

interface Props {
  items: readonly SheetItem[];
  days: readonly DayState[];
  figure: RunningFigure;
  /** Not returned or an estimate: the grid is shown but not used. */
  disabled: boolean;
  /** Focus the first day when the screen opens. */
  autoFocus: boolean;
  onChange(days: DayState[]): void;
}

/** Row -1 is the column headers; column 0 the day, then the items, the face and the reason. */
interface Cursor {
  row: number;
  col: number;
}

/**
 * The returned page as it is printed: days down, the course's tick columns across, then the face
 * and "skipped because". Arrow keys move a cursor (one tab stop for the whole grid), Space or Enter
 * acts on it: a cell, a whole day on its header, a whole item on its column header.
 */
export function ReturnGrid({ items, days, figure, disabled, autoFocus, onChange }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const skipCol = items.length + 2;
  const [cursor, setCursor] = useState<Cursor>({ row: 0, col: 0 });
  const cells = useRef(new Map<string, HTMLElement>());
  const follow = useRef(autoFocus);
  // The handlers below are stable (rows are memoised) and read the page as it is now from here.
  const live = useRef({ days, items, disabled, onChange });
  useLayoutEffect(() => {
    live.current = { days, items, disabled, onChange };
  });

  useEffect(() => {
    if (!follow.current) return;
    follow.current = false;
    cells.current.get(`${cursor.row}:${cursor.col}`)?.focus();
  }, [cursor]);

  const moveTo = (next: Cursor) => {
    follow.current = true;
    setCursor(next);
  };

  const act = useCallback((row: number, col: number) => {
    const { days, items, disabled, onChange } = live.current;
    if (disabled) return;
    const ids = items.map((i) => i.id);
    if (row < 0) {
      if (col >= 1 && col <= ids.length) onChange(toggleItem(days, ids[col - 1]!, ids));
    } else if (col === 0) onChange(toggleDay(days, row, ids));
    else if (col <= ids.length) onChange(toggleCell(days, row, ids[col - 1]!, ids));
    else if (col === ids.length + 1) {
      const next = cycle(MOODS, days[row]!.mood) ?? days[row]!.mood;
      if (next) onChange(toggleMood(days, row, next));
    } else {
      const current = days[row]!.skipped;
      const next = cycle(SKIP_REASONS, current);
      onChange(toggleSkip(days, row, next ?? current!, ids));
    }
  }, []);

  const hintId = useId();
  const hints = { day: `${hintId}-day`, column: `${hintId}-column`, notYet: `${hintId}-not-yet` };
  const shared = useMemo<RowShared>(() => {
    const focusCell = (row: number, col: number) =>
      setCursor((c) => (c.row === row && c.col === col ? c : { row, col }));
    const change = (row: number, col: number, next: (days: readonly DayState[], ids: string[]) => DayState[]) => {
      focusCell(row, col);
      const { days, items, disabled, onChange } = live.current;
      const ids = items.map((i) => i.id);
      if (!disabled) onChange(next(days, ids));
    };
    return {
      items,
      hints: { day: `${hintId}-day`, notYet: `${hintId}-not-yet` },
      attach: (row, col) => (el) => {
        if (el) cells.current.set(`${row}:${col}`, el);
        else cells.current.delete(`${row}:${col}`);
      },
      click: (row, col) => {
        focusCell(row, col);
        act(row, col);
      },
      focusCell,
      mood: (row, mood: Mood) => change(row, items.length + 1, (days) => toggleMood(days, row, mood)),
      skip: (row, reason: SkipReason) =>
        change(row, items.length + 2, (days, ids) => toggleSkip(days, row, reason, ids)),
    };
  }, [items, act, hintId]);

  const onKeyDown = (event: KeyboardEvent) => {
    const { row, col } = cursor;
    const last = days.length - 1;
    const minCol = row < 0 ? 1 : 0;
    const maxCol = row < 0 ? items.length : skipCol;
    const key = event.key;
    let next: Cursor | null = null;
    if (key === 'ArrowDown') next = { row: Math.min(last, row + 1), col };
    else if (key === 'ArrowUp')
      next = { row: Math.max(-1, row - 1), col: row - 1 < 0 ? clamp(col, 1, items.length) : col };
    else if (key === 'ArrowRight') next = { row, col: Math.min(maxCol, col + 1) };
    else if (key === 'ArrowLeft') next = { row, col: Math.max(minCol, col - 1) };
    else if (key === 'Home') next = { row, col: minCol };
    else if (key === 'End') next = { row, col: maxCol };
    if (next) {
      event.preventDefault();
      moveTo(next);
      return;
    }
    if (!plain(event)) return;
    if (key === ' ' || key === 'Enter') {
      event.preventDefault();
      act(row, col);
      return;
    }
    const letter = letterOf(event.nativeEvent);
    if (row < 0 || disabled) return;
    const ids = items.map((i) => i.id);
    const mood = MOOD_KEYS[letter];
    const reason = SKIP_KEYS[letter];
    if (mood) onChange(toggleMood(days, row, mood));
    else if (reason) onChange(toggleSkip(days, row, reason, ids));
    else return;
    event.preventDefault();
  };

  return (
    <Box sx={{ overflowX: 'auto', opacity: disabled ? 0.45 : 1, transition: 'opacity 120ms' }}>
      <Box sx={visuallyHidden}>
        <span id={hints.day}>{t('adherence.grid.dayHint')}</span>
        <span id={hints.column}>{t('adherence.grid.columnHintShort')}</span>
        <span id={hints.notYet}>{t('adherence.grid.notYet')}</span>
      </Box>
      <Box
        component="table"
        role="grid"
        aria-label={t('adherence.grid.label')}
        aria-disabled={disabled || undefined}
        onKeyDown={onKeyDown}
        sx={{
          borderCollapse: 'collapse',
          minWidth: '100%',
          '& th, & td': { border: 1, borderColor: 'divider', p: 0, height: 40, textAlign: 'center' },
          '& thead th': { bgcolor: 'action.hover', verticalAlign: 'bottom', fontWeight: 600, fontSize: '0.8125rem' },
          '& tfoot td, & tfoot th': { bgcolor: 'action.hover', fontSize: '0.8125rem', color: 'text.secondary' },
          '& :focus-visible': { outline: '3px solid', outlineColor: 'primary.main', outlineOffset: -3 },
        }}
      >
        <thead>
          <tr>
            <Box component="th" scope="col" sx={{ textAlign: 'left !important', px: '8px !important' }}>
              {t('adherence.grid.dayColumn')}
            </Box>
            {items.map((item, i) => (
              <Box component="th" scope="col" key={item.id} sx={{ minWidth: 48 }}>
                <HeaderButton
                  shared={shared}
                  col={i + 1}
                  tabIndex={cursor.row === -1 && cursor.col === i + 1 ? 0 : -1}
                  label={item.label}
                  hint={t('adherence.grid.columnHint', { item: item.label })}
                  describedBy={hints.column}
                />
              </Box>
            ))}
            <Box component="th" scope="col" sx={{ px: '4px !important' }}>
              {t('adherence.grid.moodColumn')}
            </Box>
            <Box component="th" scope="col" sx={{ px: '6px !important' }}>
              {t('adherence.grid.skipColumn')}
            </Box>
          </tr>
        </thead>
        <tbody>
          {days.map((d, row) => (
            <GridRow
              key={d.day}
              shared={shared}
              day={d}
              row={row}
              cursorCol={cursor.row === row ? cursor.col : -1}
              disabled={disabled}
            />
          ))}
        </tbody>
        <tfoot>
          <tr>
            <Box
              component="th"
              scope="row"
              sx={{ textAlign: 'left !important', px: '8px !important', fontWeight: 600 }}
            >
              {t('adherence.grid.doneRow')}
            </Box>
            {items.map((item) => {
              const share = figure.perItem[item.id];
              return (
                <td key={item.id} data-testid={`done-${item.id}`}>
                  {share === null || share === undefined ? '—' : percentText(i18n, share)}
                </td>
              );
            })}
            <td colSpan={2} />
          </tr>
        </tfoot>
      </Box>
    </Box>
  );
}

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

/** A column's header: a click (or Space, Enter) ticks or clears the item on every day. */
function HeaderButton({
  shared,
  col,
  tabIndex,
  label,
  hint,
  describedBy,
}: {
  shared: RowShared;
  col: number;
  tabIndex: number;
  label: string;
  hint: string;
  describedBy: string;
}) {
  return (
    <Box
      ref={shared.attach(-1, col)}
      role="button"
      tabIndex={tabIndex}
      onClick={() => shared.click(-1, col)}
      onFocus={() => shared.focusCell(-1, col)}
      aria-describedby={describedBy}
      title={hint}
      sx={{
        minHeight: 48,
        px: 0.5,
        py: 0.75,
        display: 'grid',
        placeItems: 'end center',
        cursor: 'pointer',
        lineHeight: 1.2,
        // Long words keep whole: a column grows rather than break "Приседания" in two.
        '&:hover': { bgcolor: 'action.selected' },
      }}
    >
      {label}
    </Box>
  );
}
