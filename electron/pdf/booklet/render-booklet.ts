/*
 * The booklet renderer's entry point (architecture §4): a parsed BookletRequest in, PDF bytes
 * out. It computes the plan, refuses characters the fonts cannot draw, lays the §5 sections out
 * in print order for the plan's edition and writes the footers last. The same request always
 * gives the same bytes: the creation date comes from the request and pdfkit derives the file
 * id from the document info, so nothing random or clock-based reaches the file.
 */
import PDFDocument from 'pdfkit';
import type { BookletRequest } from '../../../shared/contract/booklets';
import { bookletTexts, fill } from '../../../shared/content';
import { computePlan, type Plan, type StepGroup } from '../../../shared/plan';
import { type FontSet, type FontStyle, loadFonts } from '../fonts';
import { findMissingGlyph } from '../glyph-check';
import { aboutBlocks } from './about';
import { drawCalendarPage } from './calendar-page';
import { calendarWindow } from './calendar-window';
import { checkupLogBlocks } from './checkup-log';
import type { Ctx } from './context';
import { drawCover, editionTextOf } from './cover';
import { PlanBlockedError, UnprintableCharacterError } from './errors';
import { everydayLifeBlocks } from './everyday-life';
import { drawFooters } from './footer';
import { fromSpecialistBlocks } from './from-specialist';
import { gettingReadyBlocks, techniqueBlocks } from './getting-ready';
import { frameFor, Layout } from './layout';
import { bufferPageContent } from './page-buffer';
import { useSharedShaping } from './shaping';
import { planOverviewBlocks } from './plan-overview';
import { printableFields } from './printable-fields';
import { redFlagBlocks } from './red-flags';
import { safetyBlocks } from './safety';
import { flowSection } from './section';
import { stepGroupBlocks } from './steps';
import { PAGE_SIZES } from './theme';
import { understandingBlocks } from './understanding';
import { XmlSafeString } from './xml-safe-string';

export { PlanBlockedError, UnprintableCharacterError } from './errors';

export interface RenderOptions {
  /** Where the Noto Sans TTFs are; defaults to the npm package (or resources/fonts when packaged). */
  fontsDir?: string;
  /** The plan already computed from this request by the caller (main composes it once per call). */
  plan?: Plan;
}

const STYLES: readonly FontStyle[] = ['regular', 'italic', 'semibold', 'bold'];
const GROUP_SECTIONS: Record<StepGroup, 'part_a' | 'part_b' | 'active_time' | 'foot_bath'> = {
  part_a: 'part_a',
  part_b: 'part_b',
  active: 'active_time',
  bath: 'foot_bath',
};

function checkGlyphs(fonts: FontSet, req: BookletRequest): void {
  const fields = printableFields(req);
  const missing = findMissingGlyph(fonts, Object.fromEntries(fields.map((f) => [f.path, f.text])));
  if (!missing) return;
  const field = fields.find((f) => f.path === missing.field)!;
  throw new UnprintableCharacterError(field.path, field.field, missing.character, missing.codePoint);
}

/** The plan for a request; blocked plans cannot be printed. */
export function planOf(req: BookletRequest): Plan {
  const result = computePlan({
    child: req.child,
    assessment: req.assessment,
    clinician: req.clinician,
    settings: req.settings,
    overrides: req.overrides,
    stepNotes: req.stepNotes,
    customSteps: req.customSteps,
    specialistNotes: req.specialistNotes,
  });
  if (result.status === 'blocked') throw new PlanBlockedError(result.blocks);
  return result.plan;
}

function newDocument(req: BookletRequest, plan: Plan, fonts: FontSet): PDFKit.PDFDocument {
  const t = bookletTexts(req.language);
  const options = {
    autoFirstPage: false,
    bufferPages: true,
    // No default font: pdfkit would otherwise load Helvetica, one of the 14 standard fonts.
    font: null,
    pdfVersion: '1.7',
    // Tagged PDF/UA: the structure, language and title screen readers need (types lag pdfkit 0.20).
    tagged: true,
    subset: 'PDF/UA',
    lang: req.language,
    displayTitle: true,
    info: {
      Title: new XmlSafeString(fill(t.sections.cover.title, { name: plan.child.firstName })),
      Author: new XmlSafeString(plan.clinician?.name || req.clinic.name || 'Valgo'),
      Subject: new XmlSafeString(editionTextOf(t, plan).coverLine),
      Creator: 'Valgo',
      Producer: 'Valgo (PDFKit)',
      CreationDate: new Date(req.generatedAt),
    },
  };
  const doc = new PDFDocument(options as unknown as PDFKit.PDFDocumentOptions);
  for (const style of STYLES) doc.registerFont(style, fonts[style] as never);
  doc.font('regular');
  useSharedShaping(doc, fonts, STYLES);
  return doc;
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/** Renders the booklet for `request` (already parsed with the BookletRequest schema). */
export async function renderBooklet(request: BookletRequest, options: RenderOptions = {}): Promise<Buffer> {
  const fonts = loadFonts(options.fontsDir);
  checkGlyphs(fonts, request);
  const plan = options.plan ?? planOf(request);
  const doc = newDocument(request, plan, fonts);
  const flushPages = bufferPageContent(doc);
  const bytes = collect(doc);
  const l = new Layout(doc, fonts, frameFor(request.paper), PAGE_SIZES[request.paper].pdfkit);
  const ctx: Ctx = { l, req: request, plan, t: bookletTexts(request.language), lang: request.language };
  const program = plan.edition.program;
  const massage = plan.steps.some((s) => s.group === 'part_a' || s.group === 'part_b');

  l.newPage();
  drawCover(ctx);
  // No clinician named (G1): nothing to print "from your specialist" (from-specialist.ts).
  const fromSpecialist = fromSpecialistBlocks(ctx);
  if (fromSpecialist.length > 0) flowSection(ctx, 'from_specialist', fromSpecialist);
  flowSection(ctx, 'understanding', understandingBlocks(ctx));
  flowSection(ctx, 'safety', safetyBlocks(ctx));
  flowSection(ctx, 'red_flags', redFlagBlocks(ctx));
  if (program) {
    flowSection(ctx, 'plan_overview', planOverviewBlocks(ctx));
    flowSection(ctx, 'getting_ready', gettingReadyBlocks(ctx));
    if (massage) flowSection(ctx, 'techniques', techniqueBlocks(ctx));
    for (const group of ['part_a', 'part_b', 'active', 'bath'] as const) {
      const blocks = stepGroupBlocks(ctx, group);
      if (blocks.length > 0) flowSection(ctx, GROUP_SECTIONS[group], blocks);
    }
  }
  flowSection(ctx, 'everyday_life', everydayLifeBlocks(ctx));
  if (program && plan.calendar) {
    for (const course of calendarWindow(ctx).courses) {
      l.newPage();
      l.beginSection(ctx.t.sections.calendars.title);
      drawCalendarPage(
        ctx,
        course,
        plan.calendar.breaks.find((b) => b.afterCourse === course.number),
      );
      l.endSection();
    }
  }
  if (plan.edition.kind !== 'information') flowSection(ctx, 'checkup_log', checkupLogBlocks(ctx));
  flowSection(ctx, 'about', aboutBlocks(ctx));
  l.endDocument();
  drawFooters(ctx);
  flushPages();
  doc.end();
  return bytes;
}
