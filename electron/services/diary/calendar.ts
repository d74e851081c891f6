import type { Kysely } from 'kysely';
import { isoWeekday } from '../../../shared/calendar';
import { wallInstant } from '../../../shared/calendar/local-time';
import type { Database } from '../../db/schema';

/*
 * When a clinician is open, as instants: the weekly wall-clock hours laid on real dates, minus
 * closed periods. Loaded once for a date range so the slot search and the booking warnings run
 * on memory, not on one query per day.
 */

export interface ClinicianCalendar {
  /** False until the clinician's hours are set: then nothing is "outside working hours". */
  hasHours: boolean;
  isClosed(date: string): boolean;
  /** The open intervals `[start, end)` of a local date, as epoch ms, in time order. */
  open(date: string): Array<[number, number]>;
}

export async function loadCalendar(
  db: Kysely<Database>,
  clinicianId: number,
  fromDate: string,
  toDate: string,
): Promise<ClinicianCalendar> {
  const [hours, closed] = await Promise.all([
    db
      .selectFrom('working_hours')
      .select(['weekday', 'start_minute', 'end_minute'])
      .where('clinician_id', '=', clinicianId)
      .orderBy('weekday')
      .orderBy('start_minute')
      .execute(),
    db
      .selectFrom('closed_days')
      .select(['from_date', 'to_date'])
      .where('to_date', '>=', fromDate)
      .where('from_date', '<=', toDate)
      .where((eb) => eb.or([eb('clinician_id', 'is', null), eb('clinician_id', '=', clinicianId)]))
      .execute(),
  ]);
  const week = new Map<number, Array<[number, number]>>();
  for (const h of hours) {
    const list = week.get(h.weekday) ?? [];
    list.push([h.start_minute, h.end_minute]);
    week.set(h.weekday, list);
  }
  const isClosed = (date: string) => closed.some((c) => c.from_date <= date && date <= c.to_date);
  return {
    hasHours: hours.length > 0,
    isClosed,
    open(date) {
      if (isClosed(date)) return [];
      const spans = week.get(isoWeekday(date)) ?? [];
      // Each bound goes through the local clock of that very date, so DST days keep their hours.
      return spans.map(([s, e]) => [wallInstant(date, s), wallInstant(date, e)] as [number, number]);
    },
  };
}
