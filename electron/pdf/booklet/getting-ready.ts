/*
 * §5 items 7-8: "Getting ready" (what to have at hand, the "did your specialist show you?" tick)
 * and "Hand techniques" (Fig. 10: one fingertip-sized icon per technique, with the order rule).
 */
import { TECHNIQUE_IDS } from '../../../shared/plan';
import { bullets, drawLines, fixed, heightOf, linesOf, paragraph } from './blocks';
import { textBox } from './box';
import type { Ctx } from './context';
import { techniqueIcon } from './figures/hands';
import { stampTick } from './calendar-table';
import type { Block, Layout } from './layout';
import { sectionHead } from './section';
import { COLOR, MM, SIZE } from './theme';

/** A question with a tick box to its left (at least 5 mm), as printed under steps too. */
export function tickLine(l: Layout, text: string, o: { x?: number; width?: number; space?: number } = {}): Block {
  const box = 5.5 * MM;
  const x = o.x ?? l.frame.left;
  const t = linesOf(l, text, (o.width ?? l.frame.width) - box - 8, { font: 'semibold' });
  const height = Math.max(box, heightOf(t));
  return fixed(
    height,
    (y) => {
      l.artifact(() => stampTick(l, x, y + 1, box));
      l.tag('P', () => drawLines(l, t, x + box + 8, y + Math.max(0, (box - t.lead) / 2) + 1));
    },
    { space: o.space ?? 10 },
  );
}

export function gettingReadyBlocks(ctx: Ctx): Block[] {
  const { l, t, plan } = ctx;
  const g = t.gettingReady;
  const has = (id: string) => plan.steps.some((s) => s.id === id);
  const items = [g.items.surface, g.items.towel, g.items.warmRoom, g.items.hands, g.items.oil, g.items.calmTime];
  if (has('X01')) items.push(g.items.mat);
  if (has('B01')) items.push(g.items.bath);
  return [
    sectionHead(ctx, 'getting_ready', { minSpace: 0.5 }),
    ...bullets(l, items),
    tickLine(l, g.shownReminder, { space: 14 }),
    paragraph(l, g.shownTip, { indent: 5.5 * MM + 8, space: 2 }),
  ];
}

export function techniqueBlocks(ctx: Ctx): Block[] {
  const { l, t } = ctx;
  const tx = t.techniques;
  const icon = 38;
  const gutter = 16;
  const cellW = (l.frame.width - gutter) / 2;
  const textW = cellW - icon - 10;
  const cells = TECHNIQUE_IDS.map((id) => ({
    id,
    name: linesOf(l, tx.items[id].name, textW, { font: 'bold', color: COLOR.accent }),
    description: linesOf(l, tx.items[id].description, textW, { size: SIZE.note }),
  }));
  const rows: Block[] = [];
  for (let i = 0; i < cells.length; i += 2) {
    const pair = cells.slice(i, i + 2);
    const height = Math.max(icon, ...pair.map((c) => heightOf(c.name) + heightOf(c.description)));
    rows.push(
      fixed(
        height,
        (y) =>
          pair.forEach((c, k) => {
            const x = l.frame.left + k * (cellW + gutter);
            l.tag(
              'Figure',
              () => l.drawing(`technique:${c.id}`, { x, y, w: icon, h: icon }, (b) => techniqueIcon(l.doc, c.id, b)),
              {
                alt: c.name.lines.join(' '),
              },
            );
            l.tag('P', () => {
              drawLines(l, c.name, x + icon + 10, y);
              drawLines(l, c.description, x + icon + 10, y + heightOf(c.name));
            });
          }),
        { space: 12 },
      ),
    );
  }
  // The order rule comes first: it is what a parent must remember; the icons are for looking up.
  return [
    sectionHead(ctx, 'techniques', { minSpace: 0.35 }),
    textBox(l, { text: tx.orderRule, font: 'semibold', space: 8 }),
    paragraph(l, `${tx.warmFirst} ${tx.gentle}`, { space: 8 }),
    ...rows,
  ];
}
