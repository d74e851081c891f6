import { z } from 'zod';
import { EVERY_ROLE } from './access';
import { minutesOf } from '../calendar';
import { calendarDate, isCalendarDate } from './dates';
import { lineText, optionalLineText } from './text';
import { RowVersion } from './row-version';

/*
 * Diary set-up (Settings): each clinician's weekly working hours, closed days and appointment
 * types. Times are local wall-clock `HH:MM`; main turns them into instants per day, so a clinic
 * open 09:00-13:00 stays open 09:00-13:00 on a daylight-saving day.
 */

export const EntityId = z.number().int().positive();

/** A local wall-clock time, `HH:MM` from 00:00 to 23:59. */
const isWallTime = (s: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(s);
export const WallTime = z.string().trim().refine(isWallTime, { message: 'invalidTime' });

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export const Weekday = z.number().refine((v) => Number.isInteger(v) && v >= 1 && v <= 7, { message: 'chooseOne' });

export const MAX_DURATION_MINUTES = 480;
/** An appointment's length: whole minutes, 5 to 480 (the database refuses longer ones too). */
export const DurationMinutes = z.number().refine((v) => Number.isInteger(v) && v >= 5 && v <= MAX_DURATION_MINUTES, {
  message: `durationRange:5-${MAX_DURATION_MINUTES}`,
});

export const WorkingInterval = z
  .object({ weekday: Weekday, start: WallTime, end: WallTime })
  .refine((i) => !isWallTime(i.start) || !isWallTime(i.end) || i.start < i.end, {
    message: 'endBeforeStart',
    path: ['end'],
  });
export type WorkingInterval = z.infer<typeof WorkingInterval>;

/** One clinician's whole week; it replaces the week stored before. */
export const WorkingHoursInput = z.object({
  clinicianId: EntityId,
  intervals: z
    .array(WorkingInterval)
    .max(70, { message: 'tooMany:70' })
    .superRefine((all, ctx) => {
      all.forEach((a, i) => {
        const clash = all.some(
          (b, j) =>
            j < i &&
            a.weekday === b.weekday &&
            minutesOf(a.start) < minutesOf(b.end) &&
            minutesOf(b.start) < minutesOf(a.end),
        );
        if (clash) ctx.addIssue({ code: 'custom', message: 'overlappingHours', path: [i, 'start'] });
      });
    }),
});
export type WorkingHoursInput = z.infer<typeof WorkingHoursInput>;

export const ClinicianHours = z.object({ clinicianId: EntityId, intervals: z.array(WorkingInterval) });
export type ClinicianHours = z.infer<typeof ClinicianHours>;

/** A closed period, `from`-`to` inclusive: the whole clinic (`clinicianId: null`) or one clinician. */
export const ClosedDayInput = z
  .object({
    from: calendarDate,
    to: calendarDate,
    clinicianId: EntityId.nullable(),
    label: optionalLineText(120).default(''),
  })
  .refine((c) => !isCalendarDate(c.from) || !isCalendarDate(c.to) || c.from <= c.to, {
    message: 'endBeforeStart',
    path: ['to'],
  });
export type ClosedDayInput = z.input<typeof ClosedDayInput>;

export const ClosedDay = z.object({
  id: EntityId,
  from: z.string(),
  to: z.string(),
  clinicianId: EntityId.nullable(),
  label: z.string(),
});
export type ClosedDay = z.infer<typeof ClosedDay>;

/** A booking that falls on a closed day: the receptionist calls the family to move it. */
export const AffectedBooking = z.object({
  appointmentId: EntityId,
  clinicianId: EntityId,
  date: z.string(),
  start: z.string(),
  firstName: z.string(),
  lastName: z.string(),
});
export type AffectedBooking = z.infer<typeof AffectedBooking>;

export const DiarySetup = z.object({ hours: z.array(ClinicianHours), closedDays: z.array(ClosedDay) });
export type DiarySetup = z.infer<typeof DiarySetup>;

/** Types the app ships with; the code lets the UI translate the name and the plan find its visit type. */
export const AppointmentTypeCode = z.enum(['first_assessment', 'follow_up', 'technique_check']);
export type AppointmentTypeCode = z.infer<typeof AppointmentTypeCode>;

export const AppointmentTypeInput = z
  .object({
    /** Absent to add a type. */
    id: EntityId.optional(),
    /** The version the change is based on; required with `id`. */
    version: RowVersion.optional(),
    name: lineText(80),
    durationMinutes: DurationMinutes,
    active: z.boolean(),
  })
  .refine((t) => t.id === undefined || t.version !== undefined, { message: 'required', path: ['version'] });
export type AppointmentTypeInput = z.infer<typeof AppointmentTypeInput>;

export const AppointmentType = z.object({
  id: EntityId,
  code: AppointmentTypeCode.nullable(),
  name: z.string(),
  durationMinutes: z.number().int(),
  active: z.boolean(),
  version: RowVersion,
});
export type AppointmentType = z.infer<typeof AppointmentType>;

export const diarySetupChannels = {
  /** Every clinician's working hours and all closed periods. */
  'diary:setup:get': { input: z.object({}), output: DiarySetup, access: EVERY_ROLE },
  /** Replace one clinician's weekly hours. */
  'diary:hours:set': { input: WorkingHoursInput, output: ClinicianHours, access: EVERY_ROLE },
  /** Replace the closed periods; returns them and the bookings from today on that now fall on one. */
  'diary:closed-days:set': {
    input: z.object({ items: z.array(ClosedDayInput).max(1000, { message: 'tooMany:1000' }) }),
    output: z.object({ closedDays: z.array(ClosedDay), affected: z.array(AffectedBooking) }),
    access: EVERY_ROLE,
  },
  /** Appointment types, active first, then by name. */
  'appointment-types:list': { input: z.object({}), output: z.array(AppointmentType), access: EVERY_ROLE },
  /** Add (no id) or change a type; types are deactivated, never deleted (past visits keep them). */
  'appointment-types:save': { input: AppointmentTypeInput, output: AppointmentType, access: EVERY_ROLE },
} as const;
