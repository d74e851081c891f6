/* The day list's input and what its drawing functions share; the entry point is render-day-list.ts. */
import type { Language } from '../../../shared/contract/settings';
import type { AppointmentStatus } from '../../../shared/contract/appointments';
import type { PrintLayout } from '../kit/print-layout';
import type { DayListTexts } from './texts';

export interface DayListRow {
  /** Local wall-clock `HH:MM`. */
  start: string;
  end: string;
  durationMinutes: number;
  child: { firstName: string; middleName?: string; lastName: string; dateOfBirth: string };
  /** The main contact; null when the child has none with a phone or name. */
  guardian: { name: string; phone: string } | null;
  typeName: string;
  status: Exclude<AppointmentStatus, 'cancelled'>;
}

export interface DayListGroup {
  clinician: { name: string; title: string };
  rows: DayListRow[];
}

export interface DayListRenderInput {
  clinic: { name: string; phone: string };
  /** YYYY-MM-DD. */
  date: string;
  /** Set when the list is for one clinician (their name goes in the header). */
  clinician: { name: string; title: string } | null;
  groups: DayListGroup[];
  language: Language;
  /** ISO instant: the PDF's creation date. */
  generatedAt: string;
  /** The same instant as the clinic's local date and time, for "Printed ...". */
  printedAt: { date: string; time: string };
}

export interface DayCtx {
  l: PrintLayout;
  input: DayListRenderInput;
  t: DayListTexts;
}
