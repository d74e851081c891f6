/* The card's input and what its drawing functions share; the entry point is render-card.ts. */
import type { Language } from '../../../shared/contract/settings';
import type { CardLayout } from '../../../shared/contract/appointment-print';
import type { PrintLayout } from '../kit/print-layout';
import type { QrSymbol } from '../kit/qr';
import type { CardTexts } from './texts';

export interface Clinic {
  name: string;
  address: string;
  phone: string;
  /** A PNG data URL. */
  logoPng?: string | undefined;
}

export interface CardQr {
  text: string;
  symbol: QrSymbol;
  /** Visits in the code: the first `count` of the card's list. */
  count: number;
}

export interface CardVisit {
  /** The calendar event's UID: the same in the QR code and the .ics file, print after print. */
  uid: string;
  /** ISO instant of the booking's last change: the event's DTSTAMP. */
  stamp: string;
  /** The event's SEQUENCE: grows with each change to the booking. */
  sequence: number;
  /** ISO instants. */
  start: string;
  end: string;
  /** The clinic's local date and wall-clock time of the start. */
  localDate: string;
  localTime: string;
  /** What the visit is, as printed: a plan check-up's purpose, else its appointment type. */
  label: string;
  /** The purpose of a plan check-up (it then titles the calendar event); null for other visits. */
  checkUp: string | null;
  durationMinutes?: number;
  clinician?: { name: string; title: string };
}

export interface DateRange {
  /** YYYY-MM-DD, both inclusive. */
  start: string;
  end: string;
}

export interface CardPlan {
  courses: DateRange[];
  breaks: DateRange[];
}

export interface CardRenderInput {
  child: { firstName: string; middleName?: string; lastName: string };
  clinic: Clinic;
  /** The clinician of the next visit. */
  clinician?: { name: string; title: string } | null;
  /** Soonest first. */
  visits: CardVisit[];
  /** Printed on the A4 sheet only. */
  plan?: CardPlan | null;
  language: Language;
  layout: CardLayout;
  /** ISO instant: the PDF's creation date. */
  generatedAt: string;
}

export interface CardCtx {
  l: PrintLayout;
  input: CardRenderInput;
  t: CardTexts;
  /** The child's name as printed (render-card.ts `fullName`). */
  name: string;
  /** The calendar code for the layout's printed size; null when nothing is booked. */
  qr: CardQr | null;
}
