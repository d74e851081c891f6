/*
 * The front desk's day list: A4 portrait, the day's visits grouped by clinician, each row with
 * time, length, the child (and age), the main contact's name and phone, the visit type and a
 * tick box for "arrived". Administrative only: the input has no field for a note or an
 * assessment, so none can be printed. Header on every page, footer "page X of Y".
 */
import { longDate } from '../card/format';
import { loadFonts, type FontSet } from '../kit/fonts';
import { assertPrintable, type PrintableField } from '../kit/glyph-check';
import { frameOf } from '../kit/frame';
import { PrintLayout } from '../kit/print-layout';
import { fill } from '../kit/texts';
import { COLOR, MM, PAPER, SIZE } from '../kit/theme';
import { drawPageHeader } from './header';
import { drawGroup } from './table';
import { DAY_LIST_TEXTS } from './texts';
import type { DayCtx, DayListRenderInput } from './types';

export type { DayCtx, DayListGroup, DayListRenderInput, DayListRow } from './types';

const MARGIN = 15 * MM;
export const FOOTER_H = 24;

const FRAME = frameOf(PAPER.A4, MARGIN, FOOTER_H);

function checkGlyphs(fonts: FontSet, input: DayListRenderInput): void {
  const fields: PrintableField[] = [{ path: 'clinic.name', field: 'clinic name', text: input.clinic.name }];
  input.groups.forEach((g, i) => {
    const clinician = `${g.clinician.name} ${g.clinician.title}`;
    fields.push({ path: `groups.${i}.clinician`, field: "clinician's name", text: clinician });
    g.rows.forEach((r, k) => {
      const at = `groups.${i}.rows.${k}`;
      fields.push({
        path: `${at}.child`,
        field: "child's name",
        text: `${r.child.firstName} ${r.child.middleName ?? ''} ${r.child.lastName}`,
      });
      fields.push({ path: `${at}.guardian`, field: "guardian's name", text: r.guardian?.name ?? '' });
      fields.push({ path: `${at}.typeName`, field: 'appointment type', text: r.typeName });
    });
  });
  assertPrintable(fonts, fields);
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
