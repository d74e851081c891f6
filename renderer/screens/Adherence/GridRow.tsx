import { memo } from 'react';
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import CheckIcon from '@mui/icons-material/Check';
import GoodIcon from '@mui/icons-material/SentimentSatisfiedAlt';
import SoSoIcon from '@mui/icons-material/SentimentNeutral';
import HardIcon from '@mui/icons-material/SentimentVeryDissatisfied';
import type { ReactNode } from 'react';
import { SKIP_REASONS, type Mood, type SkipReason } from '../../../shared/contract';
import { useI18n } from '../../i18n';
import { useDiaryFormat } from '../Diary/format';
import type { SheetItem } from './figures';
import { keyOfMood, keyOfSkip } from './keys';
import type { DayState } from './return-model';

export const MOODS: readonly Mood[] = ['good', 'so_so', 'hard'];
const FACE: Record<Mood, typeof GoodIcon> = { good: GoodIcon, so_so: SoSoIcon, hard: HardIcon };

/** What every row shares; the functions are stable, so a row re-renders only when its day changes. */
export interface RowShared {
  items: readonly SheetItem[];
  hints: { day: string; notYet: string };
  attach(row: number, col: number): (el: HTMLElement | null) => void;
  /** A click on a cell: the cursor goes there and the cell acts. */
  click(row: number, col: number): void;
  focusCell(row: number, col: number): void;
  mood(row: number, mood: Mood): void;
  skip(row: number, reason: SkipReason): void;
}

interface RowProps {
  shared: RowShared;
  day: DayState;
  row: number;
  /** The cursor's column when it is in this row, else -1. */
  cursorCol: number;
  disabled: boolean;
}

/** One day of the page: its header (the whole day), a tick per item, the face and the reason. */
export const GridRow = memo(function GridRow({ shared, day: d, row, cursorCol, disabled }: RowProps) {
  const { t } = useI18n();
  const fmt = useDiaryFormat();
  const { items, hints, attach, click, focusCell } = shared;
  const moodCol = items.length + 1;
  const skipCol = items.length + 2;
  const tab = (col: number) => (cursorCol === col ? 0 : -1);
  const inactive = disabled || !d.due;
  const name = t('adherence.grid.day', { day: d.day, date: `${fmt.weekdayShort(d.date)} ${fmt.dayMonth(d.date)}` });
  return (
    <Box component="tr" sx={{ bgcolor: d.skipped ? 'action.hover' : undefined }}>
      <Box component="th" scope="row" sx={{ textAlign: 'left !important' }}>
        <Box
          ref={attach(row, 0)}
          role="button"
          tabIndex={tab(0)}
          aria-disabled={inactive || undefined}
          onClick={() => click(row, 0)}
          onFocus={() => focusCell(row, 0)}
          aria-label={name}
          aria-describedby={d.due ? hints.day : hints.notYet}
          sx={{
            height: 40,
            display: 'flex',
            alignItems: 'center',
            gap: 1,
            px: 1,
            cursor: inactive ? 'default' : 'pointer',
            '&:hover': inactive ? undefined : { bgcolor: 'action.hover' },
          }}
        >
          <Box component="span" sx={{ fontWeight: 700, minWidth: 20, textAlign: 'right' }}>
            {d.day}
          </Box>
          <Box component="span" sx={{ color: 'text.secondary', fontSize: '0.875rem', whiteSpace: 'nowrap' }}>
            {fmt.weekdayShort(d.date)} {fmt.dayMonth(d.date)}
          </Box>
        </Box>
      </Box>
      {items.map((item, i) => (
        <td key={item.id}>
          <Tick
            register={attach(row, i + 1)}
            tabIndex={tab(i + 1)}
            checked={d.done.includes(item.id)}
            due={d.due}
            disabled={inactive}
            label={t('adherence.grid.cell', { day: d.day, item: item.label })}
            onClick={() => click(row, i + 1)}
            onFocus={() => focusCell(row, i + 1)}
          />
        </td>
      ))}
      <td>
        <Choices
          register={attach(row, moodCol)}
          tabIndex={tab(moodCol)}
          disabled={inactive}
          label={t('adherence.grid.moodOf', {
            day: d.day,
            value: d.mood ? t(`adherence.mood.${d.mood}`) : t('adherence.grid.none'),
          })}
          onFocus={() => focusCell(row, moodCol)}
          options={MOODS.map((m) => {
            const Face = FACE[m];
            return {
              key: m,
              pressed: d.mood === m,
              label: t(`adherence.mood.${m}`),
              hint: keyOfMood(m),
              content: <Face fontSize="small" />,
              onClick: () => shared.mood(row, m),
            };
          })}
        />
      </td>
      <td>
        <Choices
          register={attach(row, skipCol)}
          tabIndex={tab(skipCol)}
          disabled={inactive}
          label={t('adherence.grid.skipOf', {
            day: d.day,
            value: d.skipped ? t(`adherence.skip.${d.skipped}`) : t('adherence.grid.none'),
          })}
          onFocus={() => focusCell(row, skipCol)}
          options={SKIP_REASONS.map((r) => ({
            key: r,
            pressed: d.skipped === r,
            label: t(`adherence.skip.${r}`),
            hint: keyOfSkip(r),
            content: t(`adherence.skipShort.${r}`),
            onClick: () => shared.skip(row, r),
          }))}
        />
      </td>
    </Box>
  );
});

export interface CellProps {
  register: (el: HTMLElement | null) => void;
  tabIndex: number;
  onFocus(): void;
}

function Tick({
  register,
  tabIndex,
  onFocus,
  checked,
  due,
  disabled,
  label,
  onClick,
}: CellProps & { checked: boolean; due: boolean; disabled: boolean; label: string; onClick(): void }) {
  return (
    <Box
      ref={register}
      role="checkbox"
      aria-checked={checked}
      aria-disabled={disabled || undefined}
      aria-label={label}
      tabIndex={tabIndex}
      onClick={onClick}
      onFocus={onFocus}
      sx={{
        mx: 'auto',
        width: 36,
        height: 36,
        display: 'grid',
        placeItems: 'center',
        cursor: disabled ? 'default' : 'pointer',
        borderRadius: 1,
      }}
    >
      <Box
        aria-hidden
        sx={{
          width: 24,
          height: 24,
          borderRadius: 0.75,
          display: 'grid',
          placeItems: 'center',
          border: 2,
          borderStyle: due ? 'solid' : 'dotted',
          borderColor: checked ? 'primary.main' : 'text.secondary',
          bgcolor: checked ? 'primary.main' : 'transparent',
          color: 'primary.contrastText',
          opacity: due ? 1 : 0.35,
        }}
      >
        {checked && <CheckIcon sx={{ fontSize: 20 }} />}
      </Box>
    </Box>
  );
}

interface Option {
  key: string;
  pressed: boolean;
  label: string;
  hint: string;
  content: ReactNode;
  onClick(): void;
}

/** A day's faces or reasons: one cursor stop; each option a tap (mouse) or its letter (keyboard). */
function Choices({
  register,
  tabIndex,
  onFocus,
  label,
  disabled,
  options,
}: CellProps & { label: string; disabled: boolean; options: Option[] }) {
  return (
    <Box
      ref={register}
      role="group"
      aria-label={label}
      aria-disabled={disabled || undefined}
      tabIndex={tabIndex}
      onFocus={onFocus}
      sx={{ display: 'flex', gap: '3px', px: '3px', justifyContent: 'center', borderRadius: 1 }}
    >
      {options.map((o) => (
        <ButtonBase
          key={o.key}
          tabIndex={-1}
          aria-pressed={o.pressed}
          aria-label={o.label}
          title={`${o.label} (${o.hint})`}
          disabled={disabled}
          onClick={o.onClick}
          sx={{
            minWidth: 28,
            height: 30,
            px: '5px',
            borderRadius: 1,
            fontSize: '0.78rem',
            border: 1,
            borderColor: o.pressed ? 'primary.main' : 'divider',
            bgcolor: o.pressed ? 'primary.main' : 'transparent',
            color: o.pressed ? 'primary.contrastText' : 'text.secondary',
            fontWeight: o.pressed ? 700 : 400,
          }}
        >
          {o.content}
        </ButtonBase>
      ))}
    </Box>
  );
}
