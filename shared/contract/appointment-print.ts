import { z } from 'zod';
import { EVERY_ROLE } from './access';
import { BookletAction } from './booklet-archive';
import { RenderedPdf } from './care-plans';
import { nearDate } from './dates';
import { EntityId } from './diary-setup';
import { Language } from './settings';

/*
 * What the front desk prints: the parents' appointment card (with its calendar QR and .ics file)
 * and the day list. Inputs name a child or a day only; everything printed is administrative
 * (names, contacts, times, the plan's dates), never an assessment or a note.
 */

/** A6: the pocket card; A4: the same with the plan's course and break dates and a notes line. */
export const CardLayout = z.enum(['A6', 'A4']);
export type CardLayout = z.infer<typeof CardLayout>;

export const CardInput = z.object({
  patientId: EntityId,
  layout: CardLayout,
  /** Defaults to the main guardian's language. */
  language: Language.optional(),
  action: BookletAction,
});
export type CardInput = z.input<typeof CardInput>;

/** A printed sheet: `print`, `save` and `open` need the desktop app; `download` returns the bytes. */
export const PrintResult = z.object({
  /** Only for `download`. */
  pdf: RenderedPdf.nullable(),
  /** Where `save` wrote the file. */
  savedTo: z.string().nullable(),
  /** True when the user closed the print or save dialog without printing or saving. */
  cancelled: z.boolean(),
});
export type PrintResult = z.infer<typeof PrintResult>;

export const IcsInput = z.object({
  patientId: EntityId,
  /** Event titles' language; defaults to the main guardian's. */
  language: Language.optional(),
});
export type IcsInput = z.input<typeof IcsInput>;

/** An iCalendar file as text; the renderer offers it as a download (a save dialog exists for PDFs only). */
export const IcsFile = z.object({
  fileName: z.string(),
  /** RFC 5545 text with CRLF line endings. */
  content: z.string(),
  /** Visits in the file: the child's booked visits from now on. */
  events: z.number().int().nonnegative(),
});
export type IcsFile = z.infer<typeof IcsFile>;

export const DayListInput = z.object({
  date: nearDate,
  /** One clinician, or everyone's visits grouped by clinician. */
  clinicianId: EntityId.optional(),
  action: BookletAction,
});
export type DayListInput = z.input<typeof DayListInput>;

export const appointmentPrintChannels = {
  /** The parents' appointment card (A6) or sheet (A4): next visits, calendar QR, plan dates on A4. */
  'appointments:card': { input: CardInput, output: PrintResult, access: EVERY_ROLE },
  /** The child's booked visits from now on as an .ics file. */
  'appointments:ics': { input: IcsInput, output: IcsFile, access: EVERY_ROLE },
  /** The front desk's printed list of one day's visits, by clinician. */
  'diary:day-list': { input: DayListInput, output: PrintResult, access: EVERY_ROLE },
} as const;
