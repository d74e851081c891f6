import type { Kysely, Selectable } from 'kysely';
import type {
  AffectedBooking,
  AppointmentType,
  AppointmentTypeInput,
  ClinicianHours,
  ClosedDay,
  DiarySetup,
  WorkingHoursInput,
} from '../../../shared/contract';
import { addDays, minutesOf, timeOf } from '../../../shared/calendar';
import { dayStart, localDate, localTime } from '../../../shared/calendar/local-time';
import type { AppointmentTypeTable, Database } from '../../db/schema';
import { notFound } from '../errors';
import { claimSave, type Who } from '../row-version';

/** Every clinician's weekly hours and all closed periods. */
export async function getDiarySetup(db: Kysely<Database>): Promise<DiarySetup> {
  const [hours, closed] = await Promise.all([
    db
      .selectFrom('working_hours')
      .selectAll()
      .orderBy('clinician_id')
      .orderBy('weekday')
      .orderBy('start_minute')
      .execute(),
    db.selectFrom('closed_days').selectAll().orderBy('from_date').orderBy('id').execute(),
  ]);
  const byClinician = new Map<number, ClinicianHours>();
  for (const h of hours) {
    const entry = byClinician.get(h.clinician_id) ?? { clinicianId: h.clinician_id, intervals: [] };
    entry.intervals.push({ weekday: h.weekday, start: timeOf(h.start_minute), end: timeOf(h.end_minute) });
    byClinician.set(h.clinician_id, entry);
  }
  return { hours: [...byClinician.values()], closedDays: closed.map(toClosedDay) };
}

/** Replaces one clinician's week. */
export async function setWorkingHours(db: Kysely<Database>, input: WorkingHoursInput): Promise<ClinicianHours> {
  await db.transaction().execute(async (trx) => {
    const clinician = await trx
      .selectFrom('clinicians')
      .select('id')
      .where('id', '=', input.clinicianId)
      .executeTakeFirst();
    if (!clinician) throw notFound('This clinician');
    await trx.deleteFrom('working_hours').where('clinician_id', '=', input.clinicianId).execute();
    if (input.intervals.length) {
      await trx
        .insertInto('working_hours')
        .values(
          input.intervals.map((i) => ({
            clinician_id: input.clinicianId,
            weekday: i.weekday,
            start_minute: minutesOf(i.start),
            end_minute: minutesOf(i.end),
          })),
        )
        .execute();
    }
  });
  const setup = await getDiarySetup(db);
  return (
    setup.hours.find((h) => h.clinicianId === input.clinicianId) ?? { clinicianId: input.clinicianId, intervals: [] }
  );
}

interface ClosedDayValues {
  from: string;
  to: string;
  clinicianId: number | null;
  label: string;
}

/** Replaces the closed periods; also returns the bookings from today on that now fall on one. */
export async function setClosedDays(
  db: Kysely<Database>,
  items: readonly ClosedDayValues[],
  now = new Date(),
): Promise<{ closedDays: ClosedDay[]; affected: AffectedBooking[] }> {
  await db.transaction().execute(async (trx) => {
    const ids = [...new Set(items.flatMap((c) => (c.clinicianId === null ? [] : [c.clinicianId])))];
    const known = ids.length ? await trx.selectFrom('clinicians').select('id').where('id', 'in', ids).execute() : [];
    if (known.length !== ids.length) throw notFound('A chosen clinician');
    await trx.deleteFrom('closed_days').execute();
    if (items.length) {
      await trx
        .insertInto('closed_days')
        .values(items.map((c) => ({ clinician_id: c.clinicianId, from_date: c.from, to_date: c.to, label: c.label })))
        .execute();
    }
  });
  const closedDays = (await db.selectFrom('closed_days').selectAll().orderBy('from_date').orderBy('id').execute()).map(
    toClosedDay,
  );
  return { closedDays, affected: await bookingsOnClosedDays(db, closedDays, now) };
}

async function bookingsOnClosedDays(db: Kysely<Database>, closed: ClosedDay[], now: Date): Promise<AffectedBooking[]> {
  const today = localDate(now.getTime());
  const found = new Map<number, AffectedBooking>();
  for (const c of closed.filter((p) => p.to >= today)) {
    let query = db
      .selectFrom('appointments as a')
      .innerJoin('patients as p', 'p.id', 'a.patient_id')
      .select(['a.id', 'a.clinician_id', 'a.starts_at', 'p.first_name', 'p.last_name'])
      .where('a.status', '=', 'booked')
      .where('a.starts_at', '>=', Math.max(dayStart(c.from), dayStart(today)))
      .where('a.starts_at', '<', dayStart(addDays(c.to, 1)));
    if (c.clinicianId !== null) query = query.where('a.clinician_id', '=', c.clinicianId);
    for (const r of await query.execute()) {
      found.set(r.id, {
        appointmentId: r.id,
        clinicianId: r.clinician_id,
        date: localDate(r.starts_at),
        start: localTime(r.starts_at),
        firstName: r.first_name,
        lastName: r.last_name,
      });
    }
  }
  return [...found.values()].sort((a, b) => (a.date + a.start < b.date + b.start ? -1 : 1));
}

function toClosedDay(r: {
  id: number;
  from_date: string;
  to_date: string;
  clinician_id: number | null;
  label: string;
}): ClosedDay {
  return { id: r.id, from: r.from_date, to: r.to_date, clinicianId: r.clinician_id, label: r.label };
}

/** Appointment types, active first, then by name. */
export async function listAppointmentTypes(db: Kysely<Database>): Promise<AppointmentType[]> {
  const rows = await db.selectFrom('appointment_types').selectAll().orderBy('active', 'desc').orderBy('name').execute();
  return rows.map(toType);
}

/** Adds a type, or changes one based on `input.version` (a stale version is refused, naming who saved since). */
export async function saveAppointmentType(
  db: Kysely<Database>,
  input: AppointmentTypeInput,
  who: Who = null,
): Promise<AppointmentType> {
  const values = { name: input.name, duration_minutes: input.durationMinutes, active: input.active ? 1 : 0 };
  const { id, version } = input;
  if (id === undefined) {
    return toType(await db.insertInto('appointment_types').values(values).returningAll().executeTakeFirstOrThrow());
  }
  const row = await db.transaction().execute(async (trx) => {
    const save = version === undefined ? undefined : { version, who };
    await claimSave(trx, 'appointment_types', id, save, 'This appointment type');
    return trx.updateTable('appointment_types').set(values).where('id', '=', id).returningAll().executeTakeFirst();
  });
  if (!row) throw notFound('This appointment type');
  return toType(row);
}

function toType(r: Selectable<AppointmentTypeTable>): AppointmentType {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    durationMinutes: r.duration_minutes,
    active: r.active === 1,
    version: r.row_version,
  };
}
