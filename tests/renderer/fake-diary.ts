import {
  localToday,
  type Appointment,
  type AppointmentStatus,
  type AppointmentType,
  type BookingResult,
  type BookingWarning,
  type CallError,
  type ChannelOutput,
  type ChannelParsedInput,
  type ClinicianHours,
  type ClosedDay,
  type DiaryEntry,
  type FollowUpReason,
  type PrintResult,
  type Slot,
} from '../../shared/contract';
import { addDays, isoWeekday, minutesOf, timeOf } from '../../shared/diary/dates';
import { wallInstant } from '../../shared/diary/local-time';
import type { FakeValgo } from './fake-api';

/*
 * The diary channels of the in-memory Valgo, for the screens still tested on it (Settings → Diary,
 * the child's visits): working hours, closed days, appointment types, bookings with main's overlap
 * rule (CONFLICT) and warnings, a 5-minute free-slot walk, and "PDFs" for the card and the day list.
 * Booking from the plan, the recall list and closing out visits are tested on the real core only
 * (tests/renderer/real-core.ts): they depend on the stored care plan, which a fake would only echo.
 */

type DiaryChannel =
  | 'diary:setup:get'
  | 'diary:hours:set'
  | 'diary:closed-days:set'
  | 'appointment-types:list'
  | 'appointment-types:save'
  | 'appointments:range'
  | 'appointments:get'
  | 'appointments:patient'
  | 'appointments:create'
  | 'appointments:move'
  | 'appointments:set-status'
  | 'appointments:cancel'
  | 'slots:next'
  | 'appointments:card'
  | 'appointments:ics'
  | 'diary:day-list';
type DiaryHandlers = { [C in DiaryChannel]: (input: ChannelParsedInput<C>) => Promise<ChannelOutput<C>> };

export interface SeedVisit {
  patientId: number;
  clinicianId?: number;
  /** Defaults to the follow-up type. */
  typeId?: number;
  date: string;
  time: string;
  durationMinutes?: number;
  status?: AppointmentStatus;
  note?: string;
}

const STAMP = '2025-06-01T09:00:00.000Z';
const BLOCKING: AppointmentStatus[] = ['booked', 'attended'];
const fail = (code: CallError['code'], message: string): CallError => ({ code, message });

export class FakeDiary {
  readonly types: AppointmentType[] = [
    { id: 1, code: 'first_assessment', name: 'First assessment', durationMinutes: 40, active: true },
    { id: 2, code: 'follow_up', name: 'Follow-up', durationMinutes: 20, active: true },
    { id: 3, code: 'technique_check', name: 'Technique check', durationMinutes: 30, active: true },
  ];
  hours: ClinicianHours[] = [];
  closedDays: ClosedDay[] = [];
  readonly appointments: Appointment[] = [];
  private nextId = 1;
  private nextTypeId = 4;
  private nextClosedId = 1;

  constructor(private readonly fake: FakeValgo) {}

  /** Weekly hours for a clinician: the same intervals Monday to Friday unless days are given. */
  setHours(clinicianId: number, intervals: [string, string][], weekdays = [1, 2, 3, 4, 5]): void {
    this.hours = this.hours.filter((h) => h.clinicianId !== clinicianId);
    this.hours.push({
      clinicianId,
      intervals: weekdays.flatMap((weekday) => intervals.map(([start, end]) => ({ weekday, start, end }))),
    });
  }

  /** Books a visit directly (no call recorded, no overlap check). */
  addVisit(seed: SeedVisit): Appointment {
    const type = this.type(seed.typeId ?? 2);
    const a = this.build({
      patientId: seed.patientId,
      clinicianId: seed.clinicianId ?? this.fake.clinicians[0]?.id ?? 1,
      typeId: type.id,
      date: seed.date,
      time: seed.time,
      minutes: seed.durationMinutes ?? type.durationMinutes,
      note: seed.note ?? '',
      recallId: null,
      planReason: null,
    });
    a.status = seed.status ?? 'booked';
    this.appointments.push(a);
    return a;
  }

  private type(id: number): AppointmentType {
    const type = this.types.find((x) => x.id === id);
    if (!type) throw fail('NOT_FOUND', 'This appointment type was not found.');
    return type;
  }

  private patient(id: number) {
    const p = this.fake.patients.find((x) => x.id === id);
    if (!p) throw fail('NOT_FOUND', 'This child was not found.');
    return p;
  }

  private build(v: {
    patientId: number;
    clinicianId: number;
    typeId: number;
    date: string;
    time: string;
    minutes: number;
    note: string;
    recallId: number | null;
    planReason: FollowUpReason | null;
    /** Kept when a visit is moved. */
    id?: number;
  }): Appointment {
    const p = this.patient(v.patientId);
    const start = minutesOf(v.time);
    return {
      id: v.id ?? this.nextId++,
      clinicianId: v.clinicianId,
      typeId: v.typeId,
      patient: { id: p.id, firstName: p.firstName, lastName: p.lastName },
      startsAt: new Date(wallInstant(v.date, start)).toISOString(),
      endsAt: new Date(wallInstant(v.date, start + v.minutes)).toISOString(),
      date: v.date,
      start: v.time,
      end: timeOf(Math.min(24 * 60, start + v.minutes)),
      durationMinutes: v.minutes,
      status: 'booked',
      planReason: v.planReason,
      recallId: v.recallId,
      note: v.note,
      cancelReason: '',
      createdAt: STAMP,
      updatedAt: STAMP,
    };
  }

  private find(id: number): Appointment {
    const a = this.appointments.find((x) => x.id === id);
    if (!a) throw fail('NOT_FOUND', 'This appointment was not found.');
    return a;
  }

  private clash(a: Pick<Appointment, 'clinicianId' | 'date' | 'start' | 'durationMinutes' | 'id'>): Appointment | null {
    const s = minutesOf(a.start);
    const e = s + a.durationMinutes;
    return (
      this.appointments.find(
        (b) =>
          b.id !== a.id &&
          b.clinicianId === a.clinicianId &&
          b.date === a.date &&
          BLOCKING.includes(b.status) &&
          minutesOf(b.start) < e &&
          s < minutesOf(b.start) + b.durationMinutes,
      ) ?? null
    );
  }

  private assertFree(a: Appointment): void {
    const other = this.clash(a);
    if (!other) return;
    const name = this.fake.clinicians.find((c) => c.id === a.clinicianId)?.name ?? 'The clinician';
    throw fail(
      'CONFLICT',
      `${name} already has ${other.patient.firstName} ${other.patient.lastName} booked from ${other.start} ` +
        `to ${other.end} on ${other.date}. Choose another time or clinician.`,
    );
  }

  private open(clinicianId: number, date: string): [number, number][] {
    if (this.closedOn(clinicianId, date)) return [];
    const weekday = isoWeekday(date);
    return (this.hours.find((h) => h.clinicianId === clinicianId)?.intervals ?? [])
      .filter((i) => i.weekday === weekday)
      .map((i) => [minutesOf(i.start), minutesOf(i.end)] as [number, number])
      .sort((x, y) => x[0] - y[0]);
  }

  private closedOn(clinicianId: number, date: string): boolean {
    return this.closedDays.some(
      (c) => c.from <= date && date <= c.to && (c.clinicianId === null || c.clinicianId === clinicianId),
    );
  }

  private warnings(a: Appointment): BookingWarning[] {
    const out: BookingWarning[] = this.appointments
      .filter((b) => b.id !== a.id && b.patient.id === a.patient.id && b.date === a.date && BLOCKING.includes(b.status))
      .map((b) => ({ code: 'sameChildSameDay', appointmentId: b.id, start: b.start }));
    const hasHours = this.hours.some((h) => h.clinicianId === a.clinicianId && h.intervals.length > 0);
    const s = minutesOf(a.start);
    if (this.closedOn(a.clinicianId, a.date)) out.push({ code: 'closedDay', appointmentId: null, start: null });
    else if (hasHours && !this.open(a.clinicianId, a.date).some(([o, c]) => o <= s && s + a.durationMinutes <= c)) {
      out.push({ code: 'outsideWorkingHours', appointmentId: null, start: null });
    }
    return out;
  }

  private result(a: Appointment): BookingResult {
    return { appointment: a, warnings: this.warnings(a) };
  }

  /** Free starts on a 5-minute grid through working hours, back to back, never in the past. */
  private search(
    clinicianId: number,
    from: string,
    last: string,
    fromTime: string | undefined,
    minutes: number,
    count: number,
  ): Slot[] {
    const found: Slot[] = [];
    const now = new Date();
    const today = localToday();
    const nowMinutes = now.getHours() * 60 + now.getMinutes();
    for (let date = from < today ? today : from; date <= last && found.length < count; date = addDays(date, 1)) {
      const busy: (readonly [number, number])[] = this.appointments
        .filter((b) => b.clinicianId === clinicianId && b.date === date && BLOCKING.includes(b.status))
        .map((b) => [minutesOf(b.start), minutesOf(b.start) + b.durationMinutes] as const);
      let earliest = date === from && fromTime ? minutesOf(fromTime) : 0;
      if (date === today) earliest = Math.max(earliest, nowMinutes);
      for (const [o, c] of this.open(clinicianId, date)) {
        let t = o;
        while (t + minutes <= c && found.length < count) {
          const clash = busy.find(([bs, be]) => bs < t + minutes && t < be);
          if (t < earliest) t += 5;
          else if (clash) t = Math.ceil((clash[1] - o) / 5) * 5 + o;
          else {
            found.push(this.slot(date, t, minutes));
            busy.push([t, t + minutes]);
            t += minutes;
          }
        }
      }
    }
    return found;
  }

  private slot(date: string, start: number, minutes: number): Slot {
    return {
      startsAt: new Date(wallInstant(date, start)).toISOString(),
      endsAt: new Date(wallInstant(date, start + minutes)).toISOString(),
      date,
      start: timeOf(start),
      end: timeOf(start + minutes),
    };
  }

  private entry(a: Appointment): DiaryEntry {
    const { recallId: _r, note: _n, cancelReason: _c, createdAt: _ca, updatedAt: _u, ...entry } = a;
    return entry;
  }

  private pdf(action: string): PrintResult {
    if (action !== 'download') return { pdf: null, savedTo: null, cancelled: false };
    const body = '%PDF-1.7\n% fake card\n%%EOF';
    return { pdf: { pdfBase64: btoa(body), pages: 1, sizeBytes: body.length }, savedTo: null, cancelled: false };
  }

  readonly handlers: DiaryHandlers = {
    'diary:setup:get': async () => ({ hours: this.hours, closedDays: this.closedDays }),
    'diary:hours:set': async ({ clinicianId, intervals }) => {
      this.hours = [...this.hours.filter((h) => h.clinicianId !== clinicianId), { clinicianId, intervals }];
      return { clinicianId, intervals };
    },
    'diary:closed-days:set': async ({ items }) => {
      this.closedDays = items.map((c) => ({ id: this.nextClosedId++, ...c }));
      const today = localToday();
      const affected = this.appointments
        .filter((a) => a.status === 'booked' && a.date >= today && this.closedOn(a.clinicianId, a.date))
        .map((a) => ({
          appointmentId: a.id,
          clinicianId: a.clinicianId,
          date: a.date,
          start: a.start,
          firstName: a.patient.firstName,
          lastName: a.patient.lastName,
        }));
      return { closedDays: this.closedDays, affected };
    },
    'appointment-types:list': async () =>
      [...this.types].sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name)),
    'appointment-types:save': async ({ id, name, durationMinutes, active }) => {
      if (id === undefined) {
        const type = { id: this.nextTypeId++, code: null, name, durationMinutes, active };
        this.types.push(type);
        return type;
      }
      const type = this.type(id);
      Object.assign(type, { name, durationMinutes, active });
      return type;
    },
    'appointments:range': async ({ from, to, clinicianId, includeCancelled }) =>
      this.appointments
        .filter(
          (a) =>
            a.date >= from &&
            a.date <= to &&
            (clinicianId === undefined || a.clinicianId === clinicianId) &&
            (includeCancelled || a.status !== 'cancelled'),
        )
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
        .map((a) => this.entry(a)),
    'appointments:get': async ({ id }) => this.find(id),
    'appointments:patient': async ({ patientId }) =>
      this.appointments.filter((a) => a.patient.id === patientId).sort((a, b) => b.startsAt.localeCompare(a.startsAt)),
    'appointments:create': async (input) => {
      const type = this.type(input.typeId);
      const a = this.build({
        patientId: input.patientId,
        clinicianId: input.clinicianId,
        typeId: type.id,
        date: input.start.date,
        time: input.start.time,
        minutes: input.durationMinutes ?? type.durationMinutes,
        note: input.note,
        recallId: input.recallId,
        planReason: null,
      });
      this.assertFree(a);
      this.appointments.push(a);
      return this.result(a);
    },
    'appointments:move': async (input) => {
      const a = this.find(input.id);
      if (a.status !== 'booked') throw fail('CONFLICT', 'Only a booked visit can be moved.');
      const type = this.type(input.typeId ?? a.typeId);
      const minutes = input.durationMinutes ?? (input.typeId ? type.durationMinutes : a.durationMinutes);
      const moved = this.build({
        patientId: a.patient.id,
        clinicianId: input.clinicianId ?? a.clinicianId,
        typeId: type.id,
        date: input.start.date,
        time: input.start.time,
        minutes,
        note: input.note ?? a.note,
        recallId: a.recallId,
        planReason: a.planReason,
        id: a.id,
      });
      this.assertFree(moved);
      Object.assign(a, moved, { updatedAt: new Date().toISOString() });
      return this.result(a);
    },
    'appointments:set-status': async ({ id, status }) => {
      const a = this.find(id);
      if (status !== 'booked' && a.date > localToday()) {
        throw fail('CONFLICT', 'A visit can be marked attended or missed on its day or later, not before.');
      }
      a.status = status;
      a.cancelReason = '';
      return this.result(a);
    },
    'appointments:cancel': async ({ id, reason }) => {
      const a = this.find(id);
      if (a.status === 'attended') throw fail('CONFLICT', 'An attended visit cannot be cancelled.');
      a.status = 'cancelled';
      a.cancelReason = reason;
      return a;
    },
    'slots:next': async (q) => {
      const minutes = q.durationMinutes ?? this.type(q.typeId!).durationMinutes;
      return this.search(q.clinicianId, q.from, q.notAfter ?? addDays(q.from, 120), q.fromTime, minutes, q.count);
    },
    'appointments:card': async ({ patientId, action }) => {
      this.patient(patientId);
      return this.pdf(action);
    },
    'appointments:ics': async ({ patientId }) => {
      const today = localToday();
      const visits = this.appointments.filter(
        (a) => a.patient.id === patientId && a.status === 'booked' && a.date >= today,
      );
      const events = visits
        .map((a) => `BEGIN:VEVENT\r\nDTSTART:${a.date.replace(/-/g, '')}\r\nEND:VEVENT\r\n`)
        .join('');
      return {
        fileName: 'visits.ics',
        content: `BEGIN:VCALENDAR\r\n${events}END:VCALENDAR\r\n`,
        events: visits.length,
      };
    },
    'diary:day-list': async ({ action }) => this.pdf(action),
  };
}
