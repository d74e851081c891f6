import {
  shareOfPlanned,
  type Adherence,
  type CourseSheet,
  type Mood,
  type ReturnEntry,
  type SkipReason,
} from '../../../shared/contract';

/*
 * The entry grid of a returned calendar page: one row per day of the course, one tick per item,
 * the face and the "skipped because" reason. Pure functions over plain state, so the screen only
 * wires clicks and keys to them. Days after today cannot have been done yet: they stay empty and
 * are not sent (main counts only the days up to the entry as planned).
 */

export type ReturnMode = ReturnEntry['kind'];

export interface DayState {
  day: number;
  date: string;
  /** On or before today: the family could have done it. */
  due: boolean;
  /** Item ids ticked, in the page's column order. */
  done: string[];
  skipped: SkipReason | null;
  mood: Mood | null;
  /** The ticks the day had before it was marked skipped, restored when the skip is taken back. */
  before: string[] | null;
}

export interface ReturnState {
  mode: ReturnMode;
  days: DayState[];
  /** The rough estimate as typed (0–100). */
  percent: string;
}

/** The page as it opens: the latest entry when there is one, else every due day done. */
export function initialState(sheet: Pick<CourseSheet, 'items' | 'days' | 'latest'>, today: string): ReturnState {
  const all = sheet.items.map((i) => i.id);
  const latest = sheet.latest?.entry.kind === 'grid' ? sheet.latest.entry.days : null;
  const days = sheet.days.map(({ day, date }): DayState => {
    const due = date <= today;
    const stored = latest?.find((d) => d.day === day);
    if (!due) return { day, date, due, done: [], skipped: null, mood: null, before: null };
    if (latest) {
      return {
        day,
        date,
        due,
        // A day the earlier entry did not cover (a page first entered mid-course) opens done.
        done: stored ? all.filter((id) => stored.done.includes(id)) : all,
        skipped: stored?.skipped ?? null,
        mood: stored?.mood ?? null,
        before: null,
      };
    }
    return { day, date, due, done: all, skipped: null, mood: null, before: null };
  });
  // Reopened, the page shows what was stored last: "not returned" or the estimate stay selected.
  const last = sheet.latest?.entry;
  return { mode: last?.kind ?? 'grid', days, percent: last?.kind === 'estimate' ? String(last.percent) : '' };
}

const inOrder = (items: readonly string[], set: ReadonlySet<string>) => items.filter((id) => set.has(id));

function replace(days: readonly DayState[], index: number, next: (d: DayState) => DayState): DayState[] {
  return days.map((d, i) => (i === index && d.due ? next(d) : d));
}

/** Ticks or clears one item on one day; ticking a skipped day takes the skip back. */
export function toggleCell(days: readonly DayState[], index: number, item: string, items: readonly string[]) {
  return replace(days, index, (d) => {
    const set = new Set(d.done);
    if (set.has(item)) set.delete(item);
    else set.add(item);
    return { ...d, done: inOrder(items, set), skipped: set.has(item) ? null : d.skipped, before: null };
  });
}

/** A whole day: every item done, or (when it already is) none. */
export function toggleDay(days: readonly DayState[], index: number, items: readonly string[]) {
  return replace(days, index, (d) => {
    const full = !d.skipped && items.every((id) => d.done.includes(id));
    return { ...d, done: full ? [] : [...items], skipped: null, before: null };
  });
}

/** A whole column: the item on every due day that was not skipped, or (when it already is) on none. */
export function toggleItem(days: readonly DayState[], item: string, items: readonly string[]) {
  const open = days.filter((d) => d.due && !d.skipped);
  const full = open.length > 0 && open.every((d) => d.done.includes(item));
  return days.map((d) => {
    if (!d.due || d.skipped) return d;
    const set = new Set(d.done);
    if (full) set.delete(item);
    else set.add(item);
    return { ...d, done: inOrder(items, set) };
  });
}

/** Marks a day skipped for `reason` (its ticks cleared), or takes the same reason back. */
export function toggleSkip(days: readonly DayState[], index: number, reason: SkipReason, items: readonly string[]) {
  return replace(days, index, (d) =>
    d.skipped === reason
      ? { ...d, skipped: null, done: d.before ?? [...items], before: null }
      : { ...d, skipped: reason, done: [], before: d.skipped ? d.before : d.done },
  );
}

export function toggleMood(days: readonly DayState[], index: number, mood: Mood) {
  return replace(days, index, (d) => ({ ...d, mood: d.mood === mood ? null : mood }));
}

/** The next value in `values` after `current` (none after the last): Space on the face or reason cell. */
export function cycle<T>(values: readonly T[], current: T | null): T | null {
  if (current === null) return values[0] ?? null;
  const i = values.indexOf(current);
  return i < 0 || i === values.length - 1 ? null : values[i + 1]!;
}

export type RunningFigure = Adherence;

/**
 * Done ÷ planned as main counts it (shareOfPlanned, shared with electron/services/clinical/adherence.ts),
 * for display while editing: the days up to today. Main's figure is the one stored.
 */
export function runningFigure(days: readonly DayState[], items: readonly string[]): RunningFigure {
  return shareOfPlanned(
    days.filter((d) => d.due),
    items,
  );
}

/** What is sent to `adherence:save`; null when the estimate is not a whole number from 0 to 100. */
export function toEntry(state: ReturnState): ReturnEntry | null {
  switch (state.mode) {
    case 'not_returned':
      return { kind: 'not_returned' };
    case 'estimate': {
      const text = state.percent.trim();
      return /^\d{1,3}$/.test(text) ? { kind: 'estimate', percent: Number(text) } : null;
    }
    case 'grid':
      return {
        kind: 'grid',
        days: state.days
          .filter((d) => d.due)
          .map(({ day, done, skipped, mood }) => ({ day, done: [...done], skipped, mood })),
      };
  }
}

/** Whether two states would store the same entry. */
export function sameState(a: ReturnState, b: ReturnState): boolean {
  return JSON.stringify(toEntry(a) ?? a.percent) === JSON.stringify(toEntry(b) ?? b.percent) && a.mode === b.mode;
}
