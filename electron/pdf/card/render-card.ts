/*
 * The parents' appointment card (A6) and follow-up sheet (A4): plain data in, PDF bytes out.
 * The same input gives the same bytes (creation date from the input, pdfkit's file id from the
 * document info). Names are checked against the fonts first: a character Noto Sans cannot draw
 * would otherwise print as an empty box.
 */
import type { CardLayout } from '../../../shared/contract/appointment-print';
import type { Language } from '../../../shared/contract/settings';
import { fullName as personFullName, type PersonName } from '../../../shared/person-name';
import { loadFonts, type FontSet } from '../kit/fonts';
import { assertPrintable } from '../kit/glyph-check';
import { type Frame, frameOf } from '../kit/frame';
import { PrintLayout } from '../kit/print-layout';
import { MM, PAPER } from '../kit/theme';
import { drawA4 } from './card-a4';
import { drawA6 } from './card-a6';
import { cardQrFor } from './qr-payload';
import { CARD_TEXTS } from './texts';
import type { CardCtx, CardRenderInput } from './types';

export type { CardCtx, CardPlan, CardRenderInput, CardVisit, DateRange } from './types';

const PAGES: Record<CardLayout, { width: number; height: number; margin: number; footer: number }> = {
  A6: { ...PAPER.A6, margin: 9 * MM, footer: 0 },
  A4: { ...PAPER.A4, margin: 18 * MM, footer: 24 },
};

function frameFor(layout: CardLayout): Frame {
  const p = PAGES[layout];
  return frameOf(p, p.margin, p.footer);
}

/** The child's name as the card's language writes it (shared/person-name.ts). */
export function fullName(child: PersonName, language: Language): string {
  return personFullName(child, language);
}

function checkGlyphs(fonts: FontSet, input: CardRenderInput): void {
  assertPrintable(fonts, [
    { path: 'child.firstName', field: "child's first name", text: input.child.firstName },
    { path: 'child.lastName', field: "child's last name", text: input.child.lastName },
    { path: 'child.middleName', field: "child's middle name", text: input.child.middleName ?? '' },
    { path: 'clinic.name', field: 'clinic name', text: input.clinic.name },
    { path: 'clinic.address', field: 'clinic address', text: input.clinic.address },
    { path: 'clinician.name', field: "clinician's name", text: input.clinician?.name ?? '' },
    { path: 'clinician.title', field: "clinician's title", text: input.clinician?.title ?? '' },
    ...input.visits.flatMap((v, i) => [
      { path: `visits.${i}.label`, field: 'appointment type', text: v.label },
      {
        path: `visits.${i}.clinician`,
        field: "clinician's name",
        text: `${v.clinician?.name ?? ''} ${v.clinician?.title ?? ''}`,
      },
    ]),
  ]);
}

/** Renders the card (`layout` A6) or the sheet (A4). */
export async function renderAppointmentCard(
  input: CardRenderInput,
  options: { fontsDir?: string } = {},
): Promise<Buffer> {
  const fonts = loadFonts(options.fontsDir);
  checkGlyphs(fonts, input);
  const t = CARD_TEXTS[input.language];
  const name = fullName(input.child, input.language);
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
  const ctx: CardCtx = { l, input, t, name, qr: cardQrFor(input) };
  if (input.layout === 'A6') {
    drawA6(ctx);
    return l.finish(() => {});
  }
  return drawA4(ctx);
}
