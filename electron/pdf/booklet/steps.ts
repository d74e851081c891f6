/*
 * §5 items 9-12: Part A, Part B, active time and the foot bath. Each step is one block that never
 * splits: its picture, number and title, instructions, dose, sides, technique icons, the "take
 * care" callout and the "did your specialist show you?" tick. The specialist's note for the step
 * follows it in a framed box and may flow on (it is free text of any length).
 */
import type { PlanStep, StepGroup, TechniqueId } from '../../../shared/plan';
import { label } from './blocks';
import { textBox } from './box';
import { Column, columnBeside, type Picture, withPicture } from './column';
import type { Ctx } from './context';
import { footBathFigure } from './figures/foot-bath';
import { techniqueIcon } from './figures/hands';
import { noSign } from './figures/marks';
import { stampTick } from './calendar-table';
import { type StepFigure, stepFigure } from './figures/step-figure';
import type { Box } from './figures/pen';
import type { Block, Layout } from './layout';
import { sectionHead } from './section';
import { patAreas, STEP_TECHNIQUES, stepWords } from './step-text';
import { COLOR, MM, SIZE } from './theme';

const PICTURE = { tall: { w: 150, h: 186 }, square: { w: 150, h: 136 }, wide: { w: 300, h: 108 } } as const;
const ICON = 24;

/** The initials of the legs (L, R; Л, П) beside the figure's ankles, from the booklet's words. */
function legLetters(ctx: Ctx, figure: StepFigure, box: Box): void {
  for (const { side, at } of figure.letters(box))
    label(ctx.l, ctx.t.legs[side].charAt(0), at[0], at[1] - 7, { font: 'bold', size: SIZE.small, align: 'center' });
}

/** The step number in a disc, then the title. */
function titleRow(col: Column, n: number, title: string, kicker: string | null): void {
  const l = col.l;
  if (kicker) col.text(kicker, { font: 'semibold', size: SIZE.small, color: COLOR.accent, space: 0 });
  const size = SIZE.h2;
  const lines = l.metrics.wrap(title, { font: 'bold', size }, col.width - 30);
  col.custom(
    lines.length * size * 1.362,
    (x, y) => {
      l.artifact(() => l.doc.circle(x + 11, y + 10, 11).fill(COLOR.accent));
      l.tag('Lbl', () =>
        label(l, String(n), x + 11, y + 3, { font: 'bold', size: SIZE.body, color: COLOR.white, align: 'center' }),
      );
      l.tag('H2', () =>
        lines.forEach((line, i) =>
          label(l, line, x + 30, y + i * size * 1.362, { font: 'bold', size, color: COLOR.accent }),
        ),
      );
    },
    kicker ? 2 : 0,
  );
}

/** Fingertip-sized technique icons with their names, wrapping to more rows when needed. */
function techniqueRow(col: Column, ids: readonly TechniqueId[], ctx: Ctx): void {
  const l = col.l;
  const items = ids.map((id) => {
    const name = ctx.t.techniques.items[id].name;
    return { id, name, w: ICON + 5 + l.metrics.width(name, { font: 'semibold', size: SIZE.min }) + 12 };
  });
  const rows: (typeof items)[] = [[]];
  let used = 0;
  for (const item of items) {
    if (used + item.w > col.width && rows.at(-1)!.length > 0) {
      rows.push([]);
      used = 0;
    }
    rows.at(-1)!.push(item);
    used += item.w;
  }
  col.custom(rows.length * (ICON + 4), (x0, y0) =>
    rows.forEach((row, r) => {
      let x = x0;
      const y = y0 + r * (ICON + 4);
      for (const item of row) {
        l.tag(
          'Figure',
          () => l.drawing(`technique:${item.id}`, { x, y, w: ICON, h: ICON }, (b) => techniqueIcon(l.doc, item.id, b)),
          {
            alt: item.name,
          },
        );
        l.tag('P', () => label(l, item.name, x + ICON + 5, y + 7, { font: 'semibold', size: SIZE.min }));
        x += item.w;
      }
    }),
  );
}

function caution(l: Layout, col: Column, heading: string, text: string): void {
  col.box({
    label: heading,
    text,
    fill: COLOR.white,
    border: COLOR.ink,
    borderWidth: 1.2,
    icon: (cx, cy) =>
      l.drawing('no-sign', { x: cx - 10, y: cy - 10, w: 20, h: 20 }, (b) => noSign(l.doc, b.x + 10, b.y + 10, 9)),
    space: 8,
  });
}

function stepBlocks(ctx: Ctx, step: PlanStep): Block[] {
  const { l, t } = ctx;
  const words = stepWords(ctx, step);
  const figure = stepFigure(ctx.plan, step, step.id === 'M08' ? patAreas(ctx.plan) : undefined);
  const size = figure ? PICTURE[figure.shape] : null;
  const beside = figure && figure.shape !== 'wide';
  const col = beside ? columnBeside(l, size!.w, 'left') : new Column(l, l.frame.left, l.frame.width);
  titleRow(col, step.number, words.title, words.kicker);
  if (figure && !beside)
    col.custom(
      size!.h,
      (_x, y) =>
        l.tag(
          'Figure',
          () =>
            l.drawing(figure.key, { x: l.frame.left + 30, y, w: size!.w, h: size!.h }, (b) => figure.draw(l.doc, b)),
          {
            alt: words.title,
          },
        ),
      4,
    );
  for (const sentence of words.instructions) col.text(sentence, { bullet: words.instructions.length > 1, space: 3 });
  if (words.dose) col.text(words.dose, { font: 'semibold', space: 6 });
  for (const line of words.extras) col.text(line, { size: SIZE.note, color: COLOR.soft, space: 2 });
  if (step.id === 'B01') {
    const d = step.dose;
    const captions = words.dose ? words.dose.split(/(?<=\.)\s+/).map((s) => s.replace(/\.$/, '')) : [];
    const temperature = d.type === 'bath' ? `${d.waterCelsius.min}–${d.waterCelsius.max} °C` : '';
    col.custom(
      150,
      (x, y, w) =>
        l.tag('Figure', () => footBathFigure(l, { x, y, w, h: 150 }, captions, temperature), { alt: words.title }),
      10,
    );
    col.text(t.steps.B01.herbs, { size: SIZE.note, color: COLOR.soft, space: 6 });
  }
  const techniques = step.custom ? undefined : STEP_TECHNIQUES[step.id as keyof typeof STEP_TECHNIQUES];
  if (techniques) techniqueRow(col, techniques, ctx);
  if (words.caution) caution(l, col, t.stepLabels.cautionHeading, words.caution);
  if (step.group === 'part_a' || step.group === 'part_b') {
    const box = 5.5 * MM;
    const text = l.metrics.wrap(
      t.stepLabels.shownBySpecialist,
      { font: 'regular', size: SIZE.note },
      col.width - box - 8,
    );
    col.custom(
      Math.max(box, text.length * 14.3),
      (x, y) => {
        l.artifact(() => stampTick(l, x, y, box));
        l.tag('P', () => text.forEach((line, i) => label(l, line, x + box + 8, y + 2 + i * 14.3, { size: SIZE.note })));
      },
      8,
    );
  }
  const picture: Picture | null =
    figure && beside
      ? {
          width: size!.w,
          height: size!.h,
          alt: words.title,
          draw: (box) => {
            l.drawing(figure.key, box, (b) => figure.draw(l.doc, b));
            legLetters(ctx, figure, box);
          },
        }
      : null;
  const blocks: Block[] = [withPicture(l, col, picture, { space: 20, keepWithNext: step.note !== null })];
  if (step.note)
    blocks.push(textBox(l, { label: t.stepLabels.note, text: step.note, borderWidth: 1.6, space: 8, labelTag: 'H3' }));
  return blocks;
}

const SECTION_OF: Record<StepGroup, 'part_a' | 'part_b' | 'active_time' | 'foot_bath'> = {
  part_a: 'part_a',
  part_b: 'part_b',
  active: 'active_time',
  bath: 'foot_bath',
};

/** The blocks of one group of steps under its section heading; none when the group is empty. */
export function stepGroupBlocks(ctx: Ctx, group: StepGroup): Block[] {
  const steps = ctx.plan.steps.filter((s) => s.group === group);
  if (steps.length === 0) return [];
  const blocks: Block[] = [sectionHead(ctx, SECTION_OF[group], { minSpace: group === 'part_a' ? 0.5 : 0.3 })];
  if (group === 'part_a' && ctx.plan.edition.banner === 'supportive_measure')
    blocks.push(
      textBox(ctx.l, { text: ctx.t.editions.specialist_care.supportiveBanner, font: 'semibold', borderWidth: 2 }),
    );
  for (const step of steps) blocks.push(...stepBlocks(ctx, step));
  return blocks;
}
