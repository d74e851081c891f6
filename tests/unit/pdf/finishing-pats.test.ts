import PDFDocument from 'pdfkit';
import { describe, expect, it, vi } from 'vitest';
import { stepFigure } from '../../../electron/pdf/booklet/figures/step-figure';
import type * as Hands from '../../../electron/pdf/booklet/figures/hands';
import { palm } from '../../../electron/pdf/booklet/figures/hands';
import { patAreas } from '../../../electron/pdf/booklet/step-text';
import { BookletRequest, type BookletRequestInput } from '../../../shared/contract/booklets';
import { computePlan, type Plan } from '../../../shared/plan';
import { fixture, flat, popplerMissing, render, skipNote } from './booklet-helpers';

/*
 * The finishing pats (M08, Fig. 8) name and pat only the Part A areas still in the plan: with the
 * buttocks step (M03) left out, neither the words nor the drawing mention the buttocks.
 */

vi.mock('../../../electron/pdf/booklet/figures/hands', async (original) => {
  const m = await original<typeof Hands>();
  return { ...m, palm: vi.fn(m.palm) };
});

function planFor(input: BookletRequestInput): Plan {
  const result = computePlan(BookletRequest.parse(input));
  if (result.status !== 'ok') throw new Error('blocked');
  return result.plan;
}

/** The palms Fig. 8 draws, as [x, y] in the figure's box. */
function palmsOf(plan: Plan): [number, number][] {
  const step = plan.steps.find((s) => s.id === 'M08')!;
  const figure = stepFigure(plan, step, patAreas(plan))!;
  const doc = new PDFDocument({ autoFirstPage: true, compress: false });
  vi.mocked(palm).mockClear();
  figure.draw(doc, { x: 0, y: 0, w: 150, h: 186 });
  doc.end();
  return vi.mocked(palm).mock.calls.map(([, x, y]) => [Math.round(x), Math.round(y)]);
}

const en = fixture('booklet-full-en');
const withButtocks = { ...en, overrides: { X05: { reps: 8 } } };

describe('finishing pats follow the steps left in the plan', () => {
  it('the fixture leaves out the buttocks (M03)', () => {
    expect(en.overrides?.['M03']?.skip).toBe(true);
    expect(patAreas(planFor(en))).toEqual(['back', 'legs', 'feet']);
    expect(patAreas(planFor(withButtocks))).toEqual(['back', 'buttocks', 'legs', 'feet']);
  });

  it('the drawing pats no buttocks when their step is left out, and no skipped leg', () => {
    const all = palmsOf(planFor(withButtocks));
    const without = palmsOf(planFor(en));
    expect(all).toHaveLength(6);
    expect(without).toHaveLength(5);
    // The one palm gone is the buttocks', on the middle line below the back's.
    const gone = all.filter(([x, y]) => !without.some(([x2, y2]) => x2 === x && y2 === y));
    expect(gone).toHaveLength(1);
    const back = all.reduce((a, b) => (b[1] < a[1] ? b : a));
    expect(gone[0]![0]).toBe(back[0]);
    expect(gone[0]![1]).toBeGreaterThan(back[1]);

    const skipLeg = planFor({ ...withButtocks, settings: { ...en.settings, unaffectedLegMode: 'skip' } });
    expect(palmsOf(skipLeg)).toHaveLength(4);
  });

  it('the figure is stamped per set of areas', () => {
    const key = (p: Plan) =>
      stepFigure(
        p,
        p.steps.find((s) => s.id === 'M08')!,
        patAreas(p),
      )!.key;
    expect(key(planFor(en))).not.toBe(key(planFor(withButtocks)));
  });
});

describe.skipIf(popplerMissing)(`finishing pats in words${skipNote}`, { timeout: 60_000 }, () => {
  // The back of the thighs still strokes "towards the buttock": a direction, not an area worked.
  it('en: names back, legs and feet; no buttocks step and no pats on them', async () => {
    const text = flat((await render(en)).text);
    expect(text).toContain('Pat every area you worked on: back, legs and feet.');
    expect(text).not.toContain('Buttocks');
    expect(text).not.toMatch(/worked on:[^.]*buttock/i);
    expect(flat((await render(withButtocks)).text)).toContain(
      'Pat every area you worked on: back, buttocks, legs and feet.',
    );
  });

  it('ru: спина, ноги и стопы; ни шага, ни похлопывания ягодиц', async () => {
    const ru = fixture('booklet-ru');
    const text = flat((await render({ ...ru, overrides: { ...ru.overrides, M03: { skip: true } } })).text);
    expect(text).toContain('Пройдитесь по всем зонам, которые массировали: спина, ноги и стопы.');
    expect(text).not.toContain('Ягодицы');
    expect(text).not.toMatch(/массировали:[^.]*ягодиц/i);
  });
});
