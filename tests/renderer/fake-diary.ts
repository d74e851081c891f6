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
  type RecallContact,
  type RecallItem,
  type Slot,
} from '../../shared/contract';
import { addDays, daysBetween, isoWeekday, minutesOf, timeOf, weekStart } from '../../shared/diary/dates';
import { wallInstant } from '../../shared/diary/local-time';
import type { FakeValgo } from './fake-api';

/*
 * The diary channels of the in-memory Valgo: working hours, closed days, appointment types, bookings
 * with main's overlap rule (CONFLICT) and warnings, a 5-minute free-slot walk, booking from the plan,
 * the recall list and its call log, and "PDFs" for the card and the day list.
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
  | 'appointments:book-plan'
  | 'slots:next'
  | 'slots:propose'
  | 'recall:list'
  | 'recall:contacted'
  | 'recall:contacts'
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

export interface SeedRecall {
  patientId: number;
  dueOn: string;
  reason?: FollowUpReason;
  clinicianId?: number | null;
  lastVisitOn?: string | null;
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
  readonly recalls: (Required<SeedRecall> & { recallId: number; lastContact: RecallContact | null })[] = [];
  readonly contacts: RecallContact[] = [];
  private nextId = 1;
  private nextTypeId = 4;
  private nextClosedId = 1;
  private nextRecallId = 1;
  private nextContactId = 1;

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

  addRecall(seed: SeedRecall) {
    const row = {
      patientId: seed.patientId,
      dueOn: seed.dueOn,
      reason: seed.reason ?? 'every_months',
      clinicianId: seed.clinicianId ?? null,
      lastVisitOn: seed.lastVisitOn ?? null,
      recallId: this.nextRecallId++,
      lastContact: null,
    };
    this.recalls.push(row);
    return row;
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

  private overlaps(a: Appointment, b: Appointment): boolean {
    return (
      a.clinicianId === b.clinicianId &&
      a.date === b.date &&
      minutesOf(a.start) < minutesOf(b.start) + b.durationMinutes &&
      minutesOf(b.start) < minutesOf(a.start) + a.durationMinutes
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
    held: { date: string; s: number; e: number }[] = [],
  ): Slot[] {
    const found: Slot[] = [];
    const now = new Date();
    const today = localToday();
    const nowMinutes = now.getHours() * 60 + now.getMinutes();
    for (let date = from < today ? today : from; date <= last && found.length < count; date = addDays(date, 1)) {
      const busy = [
        ...this.appointments
          .filter((b) => b.clinicianId === clinicianId && b.date === date && BLOCKING.includes(b.status))
          .map((b) => [minutesOf(b.start), minutesOf(b.start) + b.durationMinutes] as const),
        ...held.filter((h) => h.date === date).map((h) => [h.s, h.e] as const),
      ];
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
    'appointments:book-plan': async (input) => {
      const type = this.type(input.typeId ?? 2);
      // All or nothing, like main's transaction: every start is checked before anything is stored.
      const planned = input.visits.map((v) =>
        v.start
          ? this.build({
              patientId: input.patientId,
              clinicianId: input.clinicianId,
              typeId: type.id,
              date: v.start.date,
              time: v.start.time,
              minutes: type.durationMinutes,
              note: '',
              recallId: null,
              planReason: v.reason,
            })
          : null,
      );
      const booked = planned.filter((a): a is Appointment => a !== null);
      for (const [i, a] of booked.entries()) {
        const other = this.clash(a) ?? booked.slice(0, i).find((b) => this.overlaps(a, b));
        if (other) throw fail('CONFLICT', `${a.start} on ${a.date} is taken. Nothing was booked.`);
      }
      const recallIds = input.visits.map((v, i) => {
        const recall = this.addRecall({
          patientId: input.patientId,
          dueOn: v.dueOn,
          reason: v.reason,
          clinicianId: input.clinicianId,
        });
        const a = planned[i];
        if (a) {
          a.recallId = recall.recallId;
          this.appointments.push(a);
        }
        return recall.recallId;
      });
      return { bookings: booked.map((a) => this.result(a)), recallIds };
    },
    'slots:next': async (q) => {
      const minutes = q.durationMinutes ?? this.type(q.typeId!).durationMinutes;
      return this.search(q.clinicianId, q.from, q.notAfter ?? addDays(q.from, 120), q.fromTime, minutes, q.count);
    },
    'slots:propose': async (q) => {
      const minutes = q.durationMinutes ?? this.type(q.typeId!).durationMinutes;
      const held: { date: string; s: number; e: number }[] = [];
      const today = localToday();
      return q.proposals.map((p) => {
        const slots = this.search(
          q.clinicianId,
          p.dueOn,
          addDays(p.dueOn, 120),
          undefined,
          minutes,
          q.perProposal,
          held,
        );
        const earlier: Slot[] = [];
        for (let k = 1; k <= q.earlyDays; k++) {
          const day = addDays(p.dueOn, -k);
          if (day < today) break;
          earlier.push(...this.search(q.clinicianId, day, day, undefined, minutes, 1, held));
        }
        if (slots[0]) held.push({ date: slots[0].date, s: minutesOf(slots[0].start), e: minutesOf(slots[0].end) });
        const existing =
          q.patientId === undefined
            ? []
            : this.appointments
                .filter(
                  (a) =>
                    a.patient.id === q.patientId &&
                    BLOCKING.includes(a.status) &&
                    Math.abs(daysBetween(p.dueOn, a.date)) <= 14,
                )
                .map((a) => this.entry(a));
        return { ...p, slots, earlier, existing };
      });
    },
    'recall:list': async ({ due, clinicianId, weekStartsOn, limit }) => {
      const today = localToday();
      const first = weekStart(today, weekStartsOn);
      const end = addDays(first, 6);
      const [lo, hi] = due === 'overdue' ? ['', addDays(today, -1)] : due === 'thisWeek' ? [first, end] : ['', end];
      const rows = this.recalls
        .filter((r) => r.dueOn >= lo && r.dueOn <= hi && (clinicianId === undefined || r.clinicianId === clinicianId))
        .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
      const items: RecallItem[] = rows.slice(0, limit).map((r) => {
        const p = this.patient(r.patientId);
        return {
          patientId: p.id,
          firstName: p.firstName,
          lastName: p.lastName,
          guardianName: p.guardians[0]?.name ?? '',
          guardianPhone: p.guardians[0]?.phone ?? '',
          recallId: r.recallId,
          dueOn: r.dueOn,
          reason: r.reason,
          clinicianId: r.clinicianId,
          daysOverdue: daysBetween(r.dueOn, today),
          openCount: 1,
          lastVisitOn: r.lastVisitOn,
          lastContact: r.lastContact,
        };
      });
      return { items, total: rows.length, today };
    },
    'recall:contacted': async (input) => {
      const contact: RecallContact = {
        id: this.nextContactId++,
        patientId: input.patientId,
        recallId: input.recallId,
        contactedOn: input.contactedOn ?? localToday(),
        outcome: input.outcome,
        note: input.note,
        createdAt: STAMP,
      };
      this.contacts.push(contact);
      const row = this.recalls.find((r) => r.recallId === input.recallId);
      if (row) row.lastContact = contact;
      return contact;
    },
    'recall:contacts': async ({ patientId }) => this.contacts.filter((c) => c.patientId === patientId).reverse(),
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
