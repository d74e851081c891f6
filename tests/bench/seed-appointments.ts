import type BetterSqlite3 from 'better-sqlite3';
import { addDays, isoWeekday } from '../../shared/calendar';
import { wallInstant } from '../../shared/calendar/local-time';
import { random } from './seed-patients';

/*
 * A busy practice's diary, fast: 20 clinicians, five years of weekday bookings packed into their
 * working hours, children who come back every one to three months for a planned number of
 * visits (some drop out), and the follow-ups that are due, settled or still open. The rows are
 * written with prepared statements in one transaction, as the services would write them, in the
 * order a receptionist would have booked them (weeks ahead), not sorted by start time.
 */

export const HOURS = [
  [8 * 60, 13 * 60],
  [14 * 60, 19 * 60],
] as const;

export interface DiarySeed {
  clinicians: number;
  appointments: number;
  /** First and last local dates of the diary. */
  first: string;
  last: string;
  /** Bookings before this instant have happened (attended, missed or cancelled). */
  now: number;
  seed?: number;
}

interface Child {
  id: number;
  clinician: number;
  seen: boolean;
  visitsLeft: number;
  /** Day index (from `first`) when the next visit is due, and the open due item for it. */
  due: number;
  recallId: number | null;
}

interface Row {
  clinician: number;
  child: number;
  type: 1 | 2 | 3;
  start: number;
  end: number;
  status: 'booked' | 'attended' | 'no_show' | 'cancelled';
  recallId: number | null;
  bookedAt: number;
}

interface Due {
  child: number;
  clinician: number;
  due: string;
  /** 1-based index into `rows` of the attended visit that settled it. */
  resolvedBy: number | null;
}

/** Types as migration 3 ships them: 1 first assessment (40), 2 follow-up (20), 3 technique check (30). */
const MINUTES = { 1: 40, 2: 20, 3: 30 } as const;
const DAY_MS = 86_400_000;
const DROP_OUT = 0.03;

/** The diary in memory: bookings, due items, closed days, and how many children they need. */
export function planDiary(o: DiarySeed) {
  const rnd = random(o.seed ?? 5);
  const days = dayList(o.first, o.last);
  const closed = closedDays(days, o.clinicians, rnd);
  const works = (c: number, date: string) =>
    isoWeekday(date) <= 5 && !closed.clinic.has(date) && !closed.own.has(`${c}:${date}`);
  let clinicianDays = 0;
  for (const d of days) for (let c = 0; c < o.clinicians; c++) if (works(c, d)) clinicianDays++;
  const perDay = o.appointments / clinicianDays;
  const queues = Array.from({ length: o.clinicians }, () => new DueHeap());
  const rows: Row[] = [];
  const dues: Due[] = [];
  let children = 0;
  let carry = 0;
  for (const [dayIndex, date] of days.entries()) {
    for (let c = 0; c < o.clinicians; c++) {
      if (!works(c, date)) continue;
      carry += perDay;
      const count = Math.min(Math.floor(carry), o.appointments - rows.length);
      carry -= count;
      // The children first (those due, else new ones), then the day's slack spread as gaps.
      const visits: Child[] = [];
      for (let k = 0; k < count; k++) {
        const head = queues[c]!.peek();
        if (head && head.due <= dayIndex) visits.push(queues[c]!.pop()!);
        else
          visits.push({
            id: ++children,
            clinician: c,
            seen: false,
            visitsLeft: 4 + Math.floor(rnd() * 7),
            due: dayIndex,
            recallId: null,
          });
      }
      const types = visits.map((v): 1 | 2 | 3 => (!v.seen ? 1 : rnd() < 0.8 ? 2 : 3));
      let slack = HOURS.reduce((n, [s, e]) => n + e - s, 0) - types.reduce((n, t) => n + MINUTES[t], 0);
      let interval = 0;
      let cursor = HOURS[0][0];
      visits.forEach((child, k) => {
        const minutes = MINUTES[types[k]!];
        const gap = slack > 0 && rnd() < 0.3 ? Math.min(slack, 5 * Math.ceil(rnd() * 4)) : 0;
        slack -= gap;
        cursor += gap;
        if (cursor + minutes > HOURS[interval]![1] && interval + 1 < HOURS.length) {
          slack -= HOURS[interval]![1] - cursor;
          interval++;
          cursor = HOURS[interval]![0];
        }
        const start = wallInstant(date, cursor);
        cursor += minutes;
        const status: Row['status'] = start >= o.now ? (rnd() < 0.03 ? 'cancelled' : 'booked') : statusOf(rnd());
        rows.push({
          clinician: c,
          child: child.id,
          type: types[k]!,
          start,
          end: start + minutes * 60_000,
          status,
          recallId: child.recallId,
          bookedAt: start - rnd() * 60 * DAY_MS,
        });
        visit(child, status, dayIndex);
      });
    }
  }

  function visit(child: Child, status: Row['status'], dayIndex: number): void {
    const queue = queues[child.clinician]!;
    if (status === 'no_show' || status === 'cancelled') {
      child.due = dayIndex + 7;
      queue.push(child);
      return;
    }
    // Attended, or booked ahead (and then assumed to happen): the next follow-up falls due.
    if (status === 'attended' && child.recallId !== null) dues[child.recallId - 1]!.resolvedBy = rows.length;
    child.seen = true;
    child.visitsLeft--;
    child.recallId = null;
    if (child.visitsLeft === 0) return;
    child.due = dayIndex + 30 + Math.floor(rnd() * 60);
    child.recallId = dues.push({
      child: child.id,
      clinician: child.clinician,
      due: addDays(o.first, child.due),
      resolvedBy: null,
    });
    // Some families stop coming: their due item stays open, and overdue, for good.
    if (status === 'booked' || rnd() > DROP_OUT) queue.push(child);
  }

  return { rows, dues, children, closed };
}

function statusOf(r: number): Row['status'] {
  return r < 0.93 ? 'attended' : r < 0.965 ? 'no_show' : 'cancelled';
}

function dayList(first: string, last: string): string[] {
  const days: string[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) days.push(d);
  return days;
}

/** New Year, Christmas and two more clinic holidays a year; two weeks' leave per clinician a year. */
function closedDays(days: string[], clinicians: number, rnd: () => number) {
  const clinic = new Set<string>();
  const own = new Set<string>();
  const ranges: Array<{ clinician: number | null; from: string; to: string }> = [];
  for (const d of days) {
    const md = d.slice(5);
    if (md === '01-01' || md === '12-25' || md === '12-26' || rnd() < 2 / 365) {
      clinic.add(d);
      ranges.push({ clinician: null, from: d, to: d });
    }
  }
  for (let c = 0; c < clinicians; c++) {
    for (let y = 0; y < days.length; y += 365) {
      const from = days[Math.min(days.length - 1, y + Math.floor(rnd() * 350))]!;
      const to = addDays(from, 13);
      ranges.push({ clinician: c, from, to });
      for (let d = from; d <= to; d = addDays(d, 1)) own.add(`${c}:${d}`);
    }
  }
  return { clinic, own, ranges };
}

/** A min-heap of children by due day. */
class DueHeap {
  items: Child[] = [];
  peek(): Child | undefined {
    return this.items[0];
  }
  push(c: Child): void {
    const a = this.items;
    a.push(c);
    for (let i = a.length - 1; i > 0;) {
      const p = (i - 1) >> 1;
      if (a[p]!.due <= a[i]!.due) break;
      [a[p], a[i]] = [a[i]!, a[p]!];
      i = p;
    }
  }
  pop(): Child | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length && last) {
      a[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l]!.due < a[m]!.due) m = l;
        if (r < a.length && a[r]!.due < a[m]!.due) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i]!, a[m]!];
        i = m;
      }
    }
    return top;
  }
}

/** Writes the planned diary; children `1..children` must exist already (see seed-patients.ts). */
export function writeDiary(sqlite: BetterSqlite3.Database, o: DiarySeed, plan: ReturnType<typeof planDiary>): number[] {
  const stamp = new Date(o.now).toISOString();
  const clinicianIds: number[] = [];
  sqlite.transaction(() => {
    const addClinician = sqlite.prepare(`INSERT INTO clinicians (name, title, created_at) VALUES (?, 'Podiatrist', ?)`);
    const addHours = sqlite.prepare(
      'INSERT INTO working_hours (clinician_id, weekday, start_minute, end_minute) VALUES (?, ?, ?, ?)',
    );
    for (let c = 0; c < o.clinicians; c++) {
      const id = Number(addClinician.run(`Dr. ${c + 1}`, stamp).lastInsertRowid);
      clinicianIds.push(id);
      for (let weekday = 1; weekday <= 5; weekday++) for (const [s, e] of HOURS) addHours.run(id, weekday, s, e);
    }
    const addClosed = sqlite.prepare('INSERT INTO closed_days (clinician_id, from_date, to_date) VALUES (?, ?, ?)');
    for (const r of plan.closed.ranges)
      addClosed.run(r.clinician === null ? null : clinicianIds[r.clinician]!, r.from, r.to);
    const addRecall = sqlite.prepare(
      `INSERT INTO recalls (id, patient_id, clinician_id, due_on, reason, source, created_at) VALUES (?, ?, ?, ?, 'every_months', 'plan', ?)`,
    );
    plan.dues.forEach((r, i) => addRecall.run(i + 1, r.child, clinicianIds[r.clinician]!, r.due, stamp));
    const addAppointment = sqlite.prepare(
      `INSERT INTO appointments (id, clinician_id, patient_id, type_id, starts_at, ends_at, status, recall_id, plan_reason, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // Ids in booking order, as the app would have given them.
    const order = plan.rows.map((r, i) => ({ r, i })).sort((a, b) => a.r.bookedAt - b.r.bookedAt);
    const idOf = new Int32Array(plan.rows.length);
    order.forEach(({ r, i }, n) => {
      idOf[i] = n + 1;
      addAppointment.run(
        n + 1,
        clinicianIds[r.clinician]!,
        r.child,
        r.type,
        r.start,
        r.end,
        r.status,
        r.recallId,
        r.recallId === null ? null : 'every_months',
        stamp,
        stamp,
      );
    });
    const resolve = sqlite.prepare(
      `UPDATE recalls SET resolved_at = ?, resolution = 'attended', resolved_by = ? WHERE id = ?`,
    );
    plan.dues.forEach((r, i) => {
      if (r.resolvedBy !== null) resolve.run(stamp, idOf[r.resolvedBy - 1]!, i + 1);
    });
    // What syncBookedUntil keeps after every booking change.
    sqlite.exec(`UPDATE recalls SET booked_until = (SELECT max(starts_at) FROM appointments a
      WHERE a.recall_id = recalls.id AND a.status = 'booked') WHERE resolved_at IS NULL`);
  })();
  return clinicianIds;
}
