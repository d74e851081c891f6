/*
 * The layouts that must stay readable for every course length the plan allows (7-21 days,
 * PlanSettings.courseDays), in both languages and on both papers: the calendar rows keep room for
 * 5 mm tick boxes, the intensity dots of neighbouring days never run together (positions
 * computed, as the page draws them), and the figures keep their labels clear of the drawing.
 */
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { bookletTexts } from '../../../shared/content';
import { BookletRequest, type BookletRequestInput } from '../../../shared/contract/booklets';
import { MIN_ROW, layoutCalendarPage } from '../../../electron/pdf/booklet/calendar-page';
import type { Ctx } from '../../../electron/pdf/booklet/context';
import { temperatureLabel } from '../../../electron/pdf/booklet/figures/foot-bath';
import { stepFigure } from '../../../electron/pdf/booklet/figures/step-figure';
import { frameFor, Layout } from '../../../electron/pdf/booklet/layout';
import { chartDots, chartLabelWidth } from '../../../electron/pdf/booklet/plan-overview';
import { planOf } from '../../../electron/pdf/booklet/render-booklet';
import { MM, PAGE_SIZES, SIZE } from '../../../electron/pdf/booklet/theme';
import { loadFonts } from '../../../electron/pdf/kit/fonts';
import { fullProgram } from './text-runs';

const fonts = loadFonts();

function ctxFor(input: BookletRequestInput): Ctx {
  const req = BookletRequest.parse(input);
  const plan = planOf(req);
  const doc = new PDFDocument({ autoFirstPage: false, font: null } as unknown as PDFKit.PDFDocumentOptions);
  for (const style of ['regular', 'italic', 'semibold', 'bold'] as const)
    doc.registerFont(style, fonts[style] as never);
  const l = new Layout(doc, fonts, frameFor(req.paper), PAGE_SIZES[req.paper].pdfkit);
  return { l, req, plan, t: bookletTexts(req.language), lang: req.language };
}

const DAYS = Array.from({ length: 15 }, (_, i) => 7 + i);
const CASES = (['en', 'ru'] as const).flatMap((language) =>
  (['A4', 'Letter'] as const).flatMap((paper) => DAYS.map((days) => ({ language, paper, days }))),
);

function program(language: 'en' | 'ru', paper: 'A4' | 'Letter', days: number, older = false) {
  const base = fullProgram(language);
  return fullProgram(language, {
    paper,
    settings: { ...base.settings, courseDays: days, ...(older ? { exercisesInBreaks: true } : {}) },
    ...(older ? { child: { ...base.child, dateOfBirth: '2017-05-01' } } : {}),
  });
}

describe('calendar page', () => {
  it.each(CASES)('$language, $paper, $days days: every row holds a 5 mm tick box', ({ language, paper, days }) => {
    for (const older of [false, true]) {
      const ctx = ctxFor(program(language, paper, days, older));
      const cal = ctx.plan.calendar!;
      for (const course of [cal.courses[0]!, cal.courses.at(-1)!]) {
        const page = layoutCalendarPage(
          ctx,
          course,
          cal.breaks.find((b) => b.afterCourse === course.number),
        );
        expect(course.days).toHaveLength(days);
        expect(page.rowH).toBeGreaterThanOrEqual(MIN_ROW);
        // Tick boxes are the row less 2 pt at most, so at least 5 mm.
        expect(page.rowH - 2).toBeGreaterThanOrEqual(5 * MM - 0.01);
        // The calendar's dots (radius 2.6) and faces (radius 6.2) never touch the next row's.
        expect(page.rowH).toBeGreaterThan(2 * 6.2 + 2);
        // Everything fits on the page.
        const bottom = page.gridTop + page.grid.headHeight + days * page.rowH + page.bottom.gap + page.bottom.height;
        expect(bottom).toBeLessThanOrEqual(ctx.l.frame.bottom + 0.01);
      }
    }
  });

  it('the next check-up leads the facts line, whole: never split, never pushed onto a line of its own', () => {
    for (const language of ['en', 'ru'] as const)
      for (const paper of ['A4', 'Letter'] as const)
        for (const days of [7, 14, 21])
          for (const booked of [null, '2025-10-01T16:30']) {
            const input = program(language, paper, days);
            const start = input.settings!.startDate!;
            const ctx = ctxFor({
              ...input,
              checkups: [{ dueOn: '2025-10-01', purpose: 'after_course', course: 1, booked }],
              settings: { ...input.settings, startDate: start },
            });
            const course = ctx.plan.calendar!.courses[0]!;
            const page = layoutCalendarPage(ctx, course, ctx.plan.calendar!.breaks[0]);
            const first = page.facts.placed[0]!;
            const t = ctx.t.calendar;
            expect(first).toMatchObject({ line: 0, x: 0, font: 'semibold' });
            if (booked) expect(first.text).toMatch(new RegExp(`^${t.nextVisit.split('{')[0]}.*16:30$`));
            else expect(first.text.startsWith(t.nextVisitBlank)).toBe(true);
            expect(ctx.l.metrics.width(first.text, { font: 'semibold', size: SIZE.note })).toBeLessThanOrEqual(
              ctx.l.frame.width,
            );
          }
  });
});

describe('course 1, day by day', () => {
  it.each(CASES)(
    '$language, $paper, $days days: the days’ intensity dots never run together',
    ({ language, paper, days }) => {
      const ctx = ctxFor(program(language, paper, days));
      const labelW = chartLabelWidth(ctx);
      const g = chartDots(days, ctx.l.frame.left + labelW, ctx.l.frame.width - labelW);
      expect(g.days).toHaveLength(days);
      const dotsOf = (x: number) => [0, 1, 2].map((i) => x + g.r + i * (2 * g.r + g.gap));
      g.days.forEach((d, i) => {
        const xs = dotsOf(d.x);
        // Centred under the day, inside its column.
        expect((xs[0]! + xs[2]!) / 2).toBeCloseTo(d.cx, 6);
        expect(xs[0]! - g.r).toBeGreaterThanOrEqual(d.cx - g.colW / 2);
        expect(xs[2]! + g.r).toBeLessThanOrEqual(d.cx + g.colW / 2);
        // A day's own dots do not touch.
        expect(xs[1]! - xs[0]! - 2 * g.r).toBeGreaterThan(0);
        const next = g.days[i + 1];
        if (next) {
          // The gap to the next day's dots is clear, and plainly wider than the gaps inside a day.
          const between = dotsOf(next.x)[0]! - g.r - (xs[2]! + g.r);
          expect(between).toBeGreaterThanOrEqual(3);
          expect(between).toBeGreaterThanOrEqual(3 * g.gap);
        }
      });
      // Still big enough to see: at least 1.5 pt radius.
      expect(g.r).toBeGreaterThanOrEqual(1.5);
    },
  );
});

describe('figures', () => {
  it('the bath’s water temperature sits clear of the legs in the basin', () => {
    for (const paper of ['A4', 'Letter'] as const)
      for (const language of ['en', 'ru'] as const) {
        const ctx = ctxFor(program(language, paper, 14));
        const width = ctx.l.metrics.width('37–38 °C', { font: 'semibold', size: SIZE.small });
        const box = { x: ctx.l.frame.left, y: 100, w: ctx.l.frame.width, h: 150 };
        const at = temperatureLabel(box, true, width);
        expect(at.x).toBeGreaterThanOrEqual(at.legsRight + 4);
        expect(at.y).toBeGreaterThanOrEqual(box.y);
      }
  });

  it('the soles and the tops of the feet show both feet, each named', () => {
    for (const [name, input] of [
      ['both feet affected', fullProgram('en')],
      [
        'one foot affected',
        fullProgram('en', {
          assessment: {
            ...fullProgram('en').assessment!,
            right: { degree: 0, method: null, flexible: 'yes', heelAngle: null },
          },
        }),
      ],
    ] as const) {
      const ctx = ctxFor(input);
      for (const id of ['M07', 'M12'] as const) {
        const step = ctx.plan.steps.find((s) => s.id === id)!;
        const figure = stepFigure(ctx.plan, step)!;
        const letters = figure.letters({ x: 0, y: 0, w: 150, h: 186 });
        expect(letters.map((l) => l.side).sort(), `${name} ${id}`).toEqual(['left', 'right']);
        // Seen from below (the soles) the right foot is on the viewer's left; from above, on the right.
        const [a, b] = letters;
        expect(a!.side, `${name} ${id}`).toBe(id === 'M07' ? 'right' : 'left');
        expect(a!.at[0]).toBeLessThan(b!.at[0]);
      }
    }
  });
});
