import { z } from 'zod';
import { EVERY_ROLE } from './access';
import { daysBetween } from '../calendar';
import { isCalendarDate, isNearToday, isSaneYear, localToday, nearDate, pastDate } from './dates';
import { DurationMinutes, EntityId, WallTime } from './diary-setup';
import { RowVersion } from './row-version';
import { notesText, optionalLineText } from './text';

/*
 * The diary, slot search, booking from the plan and the recall list. Every shape here is
 * administrative: child's name, guardian contact, times. None carries a clinical field, so the
 * receptionist's screens never depend on assessments or notes.
 */

export const AppointmentStatus = z.enum(['booked', 'attended', 'no_show', 'cancelled']);
export type AppointmentStatus = z.infer<typeof AppointmentStatus>;

/** Why a follow-up is due: the plan's reason codes, or set by hand. */
export const FollowUpReason = z.enum(['after_course', 'every_months', 'end_of_horizon', 'manual']);
export type FollowUpReason = z.infer<typeof FollowUpReason>;

/** A start as the receptionist sees it: a local date and wall-clock time. */
export const LocalStart = z.object({ date: nearDate, time: WallTime });
export type LocalStart = z.infer<typeof LocalStart>;

/** A booking as the diary grid shows it (the day and week views read thousands of these). */
export const DiaryEntry = z.object({
  id: EntityId,
  clinicianId: EntityId,
  typeId: EntityId,
  patient: z.object({ id: EntityId, firstName: z.string(), lastName: z.string() }),
  /** Instants (ISO, UTC); `date`, `start` and `end` are the same in local wall-clock time. */
  startsAt: z.string(),
  endsAt: z.string(),
  date: z.string(),
  start: z.string(),
  end: z.string(),
  durationMinutes: z.number().int(),
  status: AppointmentStatus,
  /** Set when the visit was booked from the plan. */
  planReason: FollowUpReason.nullable(),
  version: RowVersion,
});
export type DiaryEntry = z.infer<typeof DiaryEntry>;

/** One booking in full, for its dialog, the child's timeline and the appointment card. */
export const Appointment = DiaryEntry.extend({
  /** The due follow-up it answers, when booked from the plan. */
  recallId: EntityId.nullable(),
  /** Administrative note (e.g. "bring the insoles"), never clinical. */
  note: z.string(),
  cancelReason: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Appointment = z.infer<typeof Appointment>;

export const BookingWarning = z.object({
  code: z.enum(['sameChildSameDay', 'outsideWorkingHours', 'closedDay']),
  /** The child's other visit that day, for `sameChildSameDay`. */
  appointmentId: EntityId.nullable(),
  start: z.string().nullable(),
});
export type BookingWarning = z.infer<typeof BookingWarning>;

/** A saved booking and what the receptionist should know about it (never blocking). */
export const BookingResult = z.object({ appointment: Appointment, warnings: z.array(BookingWarning) });
export type BookingResult = z.infer<typeof BookingResult>;

const adminNote = notesText(500).default('');

export const AppointmentInput = z.object({
  patientId: EntityId,
  clinicianId: EntityId,
  typeId: EntityId,
  start: LocalStart,
  /** Defaults to the type's duration. */
  durationMinutes: DurationMinutes.optional(),
  note: adminNote,
  recallId: EntityId.nullable().default(null),
});
export type AppointmentInput = z.input<typeof AppointmentInput>;

export const MoveInput = z.object({
  id: EntityId,
  version: RowVersion,
  start: LocalStart,
  clinicianId: EntityId.optional(),
  typeId: EntityId.optional(),
  durationMinutes: DurationMinutes.optional(),
  note: notesText(500).optional(),
});
export type MoveInput = z.input<typeof MoveInput>;

/** A visit as it would be stored, to hear main's warnings before saving it (nothing is written). */
export const CheckInput = z.object({
  /** The visit being moved; null for a new one. */
  id: EntityId.nullable(),
  patientId: EntityId,
  clinicianId: EntityId,
  start: LocalStart,
  durationMinutes: DurationMinutes,
});
export type CheckInput = z.input<typeof CheckInput>;

export const MAX_RANGE_DAYS = 42;

export const RangeInput = z
  .object({
    from: nearDate,
    /** Inclusive. */
    to: nearDate,
    clinicianId: EntityId.optional(),
    includeCancelled: z.boolean().default(false),
  })
  .superRefine((r, ctx) => {
    if (!isCalendarDate(r.from) || !isCalendarDate(r.to)) return;
    if (r.from > r.to) ctx.addIssue({ code: 'custom', message: 'endBeforeStart', path: ['to'] });
    else if (daysBetween(r.from, r.to) >= MAX_RANGE_DAYS) {
      ctx.addIssue({ code: 'custom', message: `rangeTooLong:${MAX_RANGE_DAYS}`, path: ['to'] });
    }
  });
export type RangeInput = z.input<typeof RangeInput>;

export const Slot = z.object({
  startsAt: z.string(),
  endsAt: z.string(),
  date: z.string(),
  start: z.string(),
  end: z.string(),
});
export type Slot = z.infer<typeof Slot>;

const lengthGiven = (v: { typeId?: number; durationMinutes?: number }) =>
  v.typeId !== undefined || v.durationMinutes !== undefined;

export const NextSlotsInput = z
  .object({
    clinicianId: EntityId,
    from: nearDate,
    /** Earliest wall-clock time on `from`; slots are never in the past either way. */
    fromTime: WallTime.optional(),
    typeId: EntityId.optional(),
    durationMinutes: DurationMinutes.optional(),
    count: z.number().int().min(1).max(20).default(5),
    /** Last date searched, inclusive (default: 120 days on). */
    notAfter: nearDate.optional(),
  })
  .refine(lengthGiven, { message: 'required', path: ['durationMinutes'] });
export type NextSlotsInput = z.input<typeof NextSlotsInput>;

export const Proposal = z.object({ dueOn: nearDate, reason: FollowUpReason });
export type Proposal = z.infer<typeof Proposal>;

export const ProposeInput = z
  .object({
    clinicianId: EntityId,
    /** The child, to show visits already booked near each due date. */
    patientId: EntityId.optional(),
    typeId: EntityId.optional(),
    durationMinutes: DurationMinutes.optional(),
    proposals: z.array(Proposal).min(1, { message: 'required' }).max(24, { message: 'tooMany:24' }),
    perProposal: z.number().int().min(1).max(5).default(3),
    /** How many days before the due date a visit may also be offered. */
    earlyDays: z.number().int().min(0).max(14).default(2),
  })
  .refine(lengthGiven, { message: 'required', path: ['durationMinutes'] });
export type ProposeInput = z.input<typeof ProposeInput>;

export const ProposedVisit = Proposal.extend({
  /** Nearest free slots on or after the due date; the first is the suggestion. */
  slots: z.array(Slot),
  /** The first free slot on each of the `earlyDays` days before, nearest first. */
  earlier: z.array(Slot),
  /** The child's bookings within two weeks of the due date. */
  existing: z.array(DiaryEntry),
});
export type ProposedVisit = z.infer<typeof ProposedVisit>;

export const BookPlanInput = z.object({
  patientId: EntityId,
  clinicianId: EntityId,
  /** Defaults to the follow-up type. */
  typeId: EntityId.optional(),
  /** The current plan's check-ups to book now, each with its start; the others stay due (and on the recall list). */
  visits: z
    .array(z.object({ checkupId: EntityId, start: LocalStart }))
    .min(1, { message: 'required' })
    .max(60, { message: 'tooMany:60' })
    .superRefine((visits, ctx) => {
      const seen = new Set<number>();
      visits.forEach((v, i) => {
        if (seen.has(v.checkupId))
          ctx.addIssue({ code: 'custom', message: 'duplicateCheckup', path: [i, 'checkupId'] });
        seen.add(v.checkupId);
      });
    }),
});
export type BookPlanInput = z.input<typeof BookPlanInput>;

export const RecallOutcome = z.enum(['reached', 'no_answer', 'left_message', 'declined', 'booked']);
export type RecallOutcome = z.infer<typeof RecallOutcome>;

export const RecallContact = z.object({
  id: EntityId,
  patientId: EntityId,
  recallId: EntityId.nullable(),
  contactedOn: z.string(),
  outcome: RecallOutcome,
  note: z.string(),
  createdAt: z.string(),
});
export type RecallContact = z.infer<typeof RecallContact>;

export const ContactedInput = z.object({
  patientId: EntityId,
  recallId: EntityId.nullable().default(null),
  /** Defaults to today. */
  contactedOn: pastDate
    .refine((s) => !isCalendarDate(s) || !isSaneYear(s) || s > localToday() || isNearToday(s), {
      message: 'dateTooFar',
    })
    .optional(),
  outcome: RecallOutcome,
  note: notesText(500).default(''),
});
export type ContactedInput = z.input<typeof ContactedInput>;

export const RecallListInput = z.object({
  /** overdue: due before today; thisWeek: due this week, first to last day; all: due up to the end of this week. */
  due: z.enum(['overdue', 'thisWeek', 'all']).default('all'),
  clinicianId: EntityId.optional(),
  /** The locale's first day of the week (1 = Monday ... 7 = Sunday). */
  weekStartsOn: z.number().int().min(1).max(7).default(1),
  limit: z.number().int().min(1).max(1000).default(200),
});
export type RecallListInput = z.input<typeof RecallListInput>;

/** One family to call: the child's earliest open due item, with the main guardian's contact. */
export const RecallItem = z.object({
  patientId: EntityId,
  firstName: z.string(),
  lastName: z.string(),
  guardianName: z.string(),
  guardianPhone: z.string(),
  /** The same number in E.164 (for `tel:` links), null when it does not read as a phone number. */
  guardianPhoneE164: z.string().nullable(),
  recallId: EntityId,
  dueOn: z.string(),
  reason: FollowUpReason,
  clinicianId: EntityId.nullable(),
  /** Days past the due date (0 = due today, negative = later this week). */
  daysOverdue: z.number().int(),
  /** The course the check-up follows (after_course). */
  course: z.number().int().nullable(),
  /** The child's open due items in the chosen window. */
  openCount: z.number().int(),
  /** A past visit booked for this check-up that nobody marked attended or no-show yet. */
  unclosedVisit: z.object({ appointmentId: EntityId, date: z.string(), start: z.string() }).nullable(),
  lastVisitOn: z.string().nullable(),
  lastContact: RecallContact.nullable(),
});
export type RecallItem = z.infer<typeof RecallItem>;

export const RecallList = z.object({ items: z.array(RecallItem), total: z.number().int(), today: z.string() });
export type RecallList = z.infer<typeof RecallList>;

const ById = z.object({ id: EntityId });

export const appointmentChannels = {
  /** Bookings overlapping local dates `from`-`to`, one clinician or all, by start time. */
  'appointments:range': { input: RangeInput, output: z.array(DiaryEntry), access: EVERY_ROLE },
  /** One booking. */
  'appointments:get': { input: ById, output: Appointment, access: EVERY_ROLE },
  /** A child's bookings, newest first. */
  'appointments:patient': {
    input: z.object({ patientId: EntityId }),
    output: z.array(Appointment),
    access: EVERY_ROLE,
  },
  /** Book a visit; CONFLICT when it overlaps the clinician's other booking. */
  'appointments:create': { input: AppointmentInput, output: BookingResult, access: EVERY_ROLE },
  /** What main would warn about if this visit were stored (the same rules, nothing written). */
  'appointments:check': {
    input: CheckInput,
    output: z.object({ warnings: z.array(BookingWarning) }),
    access: EVERY_ROLE,
  },
  /** Move or edit a booked visit; CONFLICT on overlap. */
  'appointments:move': { input: MoveInput, output: BookingResult, access: EVERY_ROLE },
  /** Mark attended or no-show, or undo either (back to booked). */
  'appointments:set-status': {
    input: z.object({ id: EntityId, version: RowVersion, status: z.enum(['booked', 'attended', 'no_show']) }),
    output: BookingResult,
    access: EVERY_ROLE,
  },
  /** Cancel a booking; it stays in the diary, greyed, and no longer blocks its slot. */
  'appointments:cancel': {
    input: z.object({ id: EntityId, version: RowVersion, reason: optionalLineText(200).default('') }),
    output: Appointment,
    access: EVERY_ROLE,
  },
  /** Book check-ups of the child's current plan, each linked to its check-up, in one transaction. */
  'appointments:book-plan': {
    input: BookPlanInput,
    output: z.object({ bookings: z.array(BookingResult) }),
    access: EVERY_ROLE,
  },
  /** Undo "Book all": removes those visits (still booked, never attended); their check-ups are due again. */
  'appointments:unbook-plan': {
    input: z.object({ appointmentIds: z.array(EntityId).min(1).max(60) }),
    output: z.object({ removed: z.number().int() }),
    access: EVERY_ROLE,
  },
  /** Past visits still marked booked (nobody closed them out), oldest first. */
  'appointments:unclosed': {
    input: z.object({ clinicianId: EntityId.optional(), limit: z.number().int().min(1).max(500).default(200) }),
    output: z.array(DiaryEntry),
    access: EVERY_ROLE,
  },
  /** Close out past visits in one step (a day's list, or one): attended or no-show. */
  'appointments:close-out': {
    input: z.object({
      ids: z.array(EntityId).min(1).max(500),
      status: z.enum(['attended', 'no_show']),
    }),
    output: z.object({ updated: z.number().int() }),
    access: EVERY_ROLE,
  },
  /** The clinician's nearest free slots from a date. */
  'slots:next': { input: NextSlotsInput, output: z.array(Slot), access: EVERY_ROLE },
  /** Nearest free slots for each proposed follow-up. */
  'slots:propose': { input: ProposeInput, output: z.array(ProposedVisit), access: EVERY_ROLE },
  /** Children due or overdue for a follow-up, with the guardian to call. */
  'recall:list': { input: RecallListInput, output: RecallList, access: EVERY_ROLE },
  /** Log a call to a family. */
  'recall:contacted': { input: ContactedInput, output: RecallContact, access: EVERY_ROLE },
  /** A child's call log, newest first. */
  'recall:contacts': { input: z.object({ patientId: EntityId }), output: z.array(RecallContact), access: EVERY_ROLE },
} as const;
