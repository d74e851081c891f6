/*
 * The parents' appointment card (A6) and follow-up sheet (A4): plain data in, PDF bytes out.
 * The same input gives the same bytes (creation date from the input, pdfkit's file id from the
 * document info). Names are checked against the fonts first: a character Noto Sans cannot draw
 * would otherwise print as an empty box.
 */
import type { Language } from '../../../shared/contract/settings';
import type { CardLayout } from '../../../shared/contract/appointment-print';
import { MM } from '../booklet/theme';
import { UnprintableCharacterError } from '../booklet/errors';
import { loadFonts, type FontSet } from '../fonts';
import { findMissingGlyph } from '../glyph-check';
import { drawA4 } from './card-a4';
import { drawA6 } from './card-a6';
import type { Clinic } from './letterhead';
import { PrintLayout, type Frame } from './print-layout';
import { cardQrFor, type CardQr } from './qr-payload';
import { CARD_TEXTS, type CardTexts } from './texts';

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
  child: { firstName: string; lastName: string };
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
  /** The calendar code for the layout's printed size; null when nothing is booked. */
  qr: CardQr | null;
}

const PAGES: Record<CardLayout, { width: number; height: number; margin: number; footer: number }> = {
  A6: { width: 297.64, height: 419.53, margin: 9 * MM, footer: 0 },
  A4: { width: 595.28, height: 841.89, margin: 18 * MM, footer: 24 },
};

function frameFor(layout: CardLayout): Frame {
  const p = PAGES[layout];
  return {
    pageWidth: p.width,
    pageHeight: p.height,
    left: p.margin,
    right: p.width - p.margin,
    top: p.margin,
    bottom: p.height - p.margin - p.footer,
    width: p.width - 2 * p.margin,
  };
}

export function fullName(child: { firstName: string; lastName: string }): string {
  return `${child.firstName} ${child.lastName}`;
}

function checkGlyphs(fonts: FontSet, input: CardRenderInput): void {
  const fields: [string, string, string][] = [
    ['child.firstName', "child's first name", input.child.firstName],
    ['child.lastName', "child's last name", input.child.lastName],
    ['clinic.name', 'clinic name', input.clinic.name],
    ['clinic.address', 'clinic address', input.clinic.address],
    ['clinician.name', "clinician's name", input.clinician?.name ?? ''],
    ['clinician.title', "clinician's title", input.clinician?.title ?? ''],
    ...input.visits.flatMap((v, i): [string, string, string][] => [
      [`visits.${i}.label`, 'appointment type', v.label],
      [`visits.${i}.clinician`, "clinician's name", `${v.clinician?.name ?? ''} ${v.clinician?.title ?? ''}`],
    ]),
  ];
  const missing = findMissingGlyph(fonts, Object.fromEntries(fields.map(([path, , text]) => [path, text])));
  if (!missing) return;
  const [path, field] = fields.find(([p]) => p === missing.field)!;
  throw new UnprintableCharacterError(path, field, missing.character, missing.codePoint);
}

/** Renders the card (`layout` A6) or the sheet (A4). */
export async function renderAppointmentCard(
  input: CardRenderInput,
  options: { fontsDir?: string } = {},
): Promise<Buffer> {
  const fonts = loadFonts(options.fontsDir);
  checkGlyphs(fonts, input);
  const t = CARD_TEXTS[input.language];
  const name = fullName(input.child);
  const l = PrintLayout.open(
    {
      title: `${t.kicker[input.layout]}: ${name}`,
      author: input.clinic.name || 'Valgo',
      subject: t.nextVisits,
      language: input.language,
      generatedAt: input.generatedAt,
    },
    fonts,
    frameFor(input.layout),
  );
  const ctx: CardCtx = { l, input, t, qr: cardQrFor(input) };
  if (input.layout === 'A6') {
    drawA6(ctx);
    return l.finish(() => {});
  }
  return drawA4(ctx);
}
