/*
 * The front desk's day list: A4 portrait, the day's visits grouped by clinician, each row with
 * time, length, the child (and age), the main contact's name and phone, the visit type and a
 * tick box for "arrived". Administrative only: the input has no field for a note or an
 * assessment, so none can be printed. Header on every page, footer "page X of Y".
 */
import type { Language } from '../../../shared/contract/settings';
import type { AppointmentStatus } from '../../../shared/contract/appointments';
import { UnprintableCharacterError } from '../booklet/errors';
import { COLOR, MM, SIZE } from '../booklet/theme';
import { longDate } from '../card/format';
import { PrintLayout, type Frame } from '../card/print-layout';
import { fill } from '../card/texts';
import { loadFonts, type FontSet } from '../fonts';
import { findMissingGlyph } from '../glyph-check';
import { drawPageHeader } from './header';
import { drawGroup } from './table';
import { DAY_LIST_TEXTS, type DayListTexts } from './texts';

export interface DayListRow {
  /** Local wall-clock `HH:MM`. */
  start: string;
  end: string;
  durationMinutes: number;
  child: { firstName: string; lastName: string; dateOfBirth: string };
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

const MARGIN = 15 * MM;
export const FOOTER_H = 24;

const FRAME: Frame = {
  pageWidth: 595.28,
  pageHeight: 841.89,
  left: MARGIN,
  right: 595.28 - MARGIN,
  top: MARGIN,
  bottom: 841.89 - MARGIN - FOOTER_H,
  width: 595.28 - 2 * MARGIN,
};

function checkGlyphs(fonts: FontSet, input: DayListRenderInput): void {
  const fields: [string, string, string][] = [['clinic.name', 'clinic name', input.clinic.name]];
  input.groups.forEach((g, i) => {
    fields.push([`groups.${i}.clinician`, "clinician's name", `${g.clinician.name} ${g.clinician.title}`]);
    g.rows.forEach((r, k) => {
      const at = `groups.${i}.rows.${k}`;
      fields.push([`${at}.child`, "child's name", `${r.child.firstName} ${r.child.lastName}`]);
      fields.push([`${at}.guardian`, "guardian's name", r.guardian?.name ?? '']);
      fields.push([`${at}.typeName`, 'appointment type', r.typeName]);
    });
  });
  const missing = findMissingGlyph(fonts, Object.fromEntries(fields.map(([path, , text]) => [path, text])));
  if (!missing) return;
  const [path, field] = fields.find(([p]) => p === missing.field)!;
  throw new UnprintableCharacterError(path, field, missing.character, missing.codePoint);
}

export async function renderDayList(input: DayListRenderInput, options: { fontsDir?: string } = {}): Promise<Buffer> {
  const fonts = loadFonts(options.fontsDir);
  checkGlyphs(fonts, input);
  const t = DAY_LIST_TEXTS[input.language];
  const l = PrintLayout.open(
    {
      title: `${t.title}: ${longDate(input.date, input.language)}`,
      author: input.clinic.name || 'Valgo',
      subject: t.title,
      language: input.language,
      generatedAt: input.generatedAt,
    },
    fonts,
    FRAME,
  );
  const c: DayCtx = { l, input, t };
  l.newPage();
  l.section(`${t.title}: ${longDate(input.date, input.language)}`);
  drawPageHeader(c);
  const groups = input.groups.filter((g) => g.rows.length > 0);
  if (groups.length === 0) l.paragraph(t.noVisits, FRAME.left, l.y, FRAME.width, { size: SIZE.body });
  groups.forEach((g) => drawGroup(c, g));

  const printed = fill(t.printed, { date: longDate(input.printedAt.date, input.language), time: input.printedAt.time });
  const left = [printed, input.clinic.phone].filter(Boolean).join('   ·   ');
  return l.finish((page, pages) => {
    const y = FRAME.bottom + FOOTER_H - 12;
    l.artifact(() => {
      l.doc
        .moveTo(FRAME.left, y - 6)
        .lineTo(FRAME.right, y - 6)
        .lineWidth(0.6)
        .stroke(COLOR.grey);
      l.draw(l.lines(left, FRAME.width * 0.7, { size: SIZE.min, color: COLOR.soft }), FRAME.left, y);
      const right = l.lines(fill(t.page, { page, pages }), FRAME.width, {
        size: SIZE.min,
        color: COLOR.soft,
        align: 'right',
      });
      l.draw(right, FRAME.left, y);
    }, 'Pagination');
  });
}
