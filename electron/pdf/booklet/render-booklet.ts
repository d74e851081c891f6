/*
 * The booklet renderer's entry point (architecture §4): a parsed BookletRequest in, PDF bytes
 * out. It computes the plan, refuses characters the fonts cannot draw, lays the §5 sections out
 * in print order for the plan's edition and writes the footers last. The same request always
 * gives the same bytes: the creation date comes from the request and pdfkit derives the file
 * id from the document info, so nothing random or clock-based reaches the file.
 */
import type { BookletRequest } from '../../../shared/contract/booklets';
import { bookletTexts, fill } from '../../../shared/content';
import { computePlan, type Plan, type StepGroup } from '../../../shared/plan';
import { collect, openDocument } from '../kit/document';
import { type FontSet, loadFonts } from '../kit/fonts';
import { assertPrintable } from '../kit/glyph-check';
import { aboutBlocks } from './about';
import { drawCalendarPage } from './calendar-page';
import { calendarWindow } from './calendar-window';
import { checkupLogBlocks } from './checkup-log';
import type { Ctx } from './context';
import { drawCover, editionTextOf } from './cover';
import { PlanBlockedError } from './errors';
import { everydayLifeBlocks } from './everyday-life';
import { drawFooters } from './footer';
import { fromSpecialistBlocks } from './from-specialist';
import { gettingReadyBlocks, techniqueBlocks } from './getting-ready';
import { frameFor, Layout } from './layout';
import { bufferPageContent } from './page-buffer';
import { planOverviewBlocks } from './plan-overview';
import { printableFields } from './printable-fields';
import { redFlagBlocks } from './red-flags';
import { safetyBlocks } from './safety';
import { flowSection } from './section';
import { stepGroupBlocks } from './steps';
import { PAGE_SIZES } from './theme';
import { understandingBlocks } from './understanding';

export { PlanBlockedError, UnprintableCharacterError } from './errors';

export interface RenderOptions {
  /** Where the Noto Sans TTFs are; defaults to the npm package (or resources/fonts when packaged). */
  fontsDir?: string;
  /** The plan already computed from this request by the caller (main composes it once per call). */
  plan?: Plan;
}

const GROUP_SECTIONS: Record<StepGroup, 'part_a' | 'part_b' | 'active_time' | 'foot_bath'> = {
  part_a: 'part_a',
  part_b: 'part_b',
  active: 'active_time',
  bath: 'foot_bath',
};

function checkGlyphs(fonts: FontSet, req: BookletRequest): void {
  assertPrintable(fonts, printableFields(req));
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
  return openDocument(
    {
      title: fill(t.sections.cover.title, { name: plan.child.firstName }),
      author: plan.clinician?.name || req.clinic.name || 'Valgo',
      subject: editionTextOf(t, plan).coverLine,
      language: req.language,
      generatedAt: req.generatedAt,
    },
    fonts,
  );
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
