/*
 * The feet close up: Fig. 7 (sole, thumbs stroking from the toes to the heel), Fig. 11 (top of
 * the foot, toes to ankle) and the footprints on the cover. One sole outline, mirrored per side.
 */
import { COLOR } from '../theme';
import { arrow, circleArrow } from './marks';
import { type Box, Pen, type Pt } from './pen';
import { limb } from './rig';

/** The sole of a right foot, toes up, big toe on the right (seen from below), in 60 × 130 units. */
export const SOLE: readonly Pt[] = [
  [30, 127],
  [20, 124],
  [15, 113],
  [15, 99],
  [13, 79],
  [11, 58],
  [12, 42],
  [16, 33],
  [24, 28],
  [33, 25],
  [42, 24],
  [50, 27],
  [53, 35],
  [50, 48],
  [44, 62],
  [42, 76],
  [44, 92],
  [46, 104],
  [44, 116],
  [39, 124],
];
export const TOES: readonly (readonly [number, number, number, number])[] = [
  [46, 14, 6.2, 8.2],
  [35.5, 12, 4.2, 5.4],
  [27.5, 13.5, 3.8, 4.8],
  [20.5, 17.5, 3.4, 4.2],
  [14.5, 23.5, 3, 3.6],
];

export function drawSole(p: Pen, fill: string, stroke: string = COLOR.ink): void {
  for (const [x, y, rx, ry] of TOES) {
    p.ellipse(x, y, rx, ry);
    p.fillStroke(fill, stroke);
  }
  p.smooth(SOLE);
  p.fillStroke(fill, stroke);
}

/** Which foot a figure shows: the affected one, or the right one when both are. */
export type FootSide = 'left' | 'right';

/** Fig. 7: both thumbs on the sole, strokes from the toes to the heel, then small circles. */
export function soleFigure(doc: PDFKit.PDFDocument, box: Box, side: FootSide): void {
  const p = new Pen(doc, box, { w: 76, h: 136, x0: -8, y0: 2 }, side === 'left');
  drawSole(p, COLOR.accentPale);
  for (const x of [23, 39]) {
    arrow(p, [
      [x, 36],
      [x + 1, 70],
      [x - 1, 110],
    ]);
  }
  for (const [x, y] of [
    [31, 52],
    [31, 86],
  ] as Pt[])
    circleArrow(p, x, y, 5, -90, 200);
  // The parent's thumbs come in from below, one each side of the heel.
  limb(
    p,
    [
      [2, 136],
      [10, 112],
      [16, 96],
    ],
    [6, 5.5, 5],
  );
  limb(
    p,
    [
      [64, 136],
      [55, 112],
      [47, 96],
    ],
    [6, 5.5, 5],
  );
}

/** The top of a right foot (toes up, ankle down), big toe on the left, in 60 × 130 units. */
const TOP: readonly Pt[] = [
  [22, 128],
  [18, 110],
  [12, 84],
  [9, 58],
  [10, 40],
  [16, 30],
  [26, 26],
  [36, 25],
  [46, 28],
  [51, 36],
  [50, 56],
  [44, 84],
  [40, 110],
  [38, 128],
];

/** Fig. 11: press each toe, then stroke the top of the foot from the toes towards the ankle. */
export function footTopFigure(doc: PDFKit.PDFDocument, box: Box, side: FootSide): void {
  const p = new Pen(doc, box, { w: 76, h: 136, x0: -8, y0: 2 }, side === 'left');
  const toes = TOES.map(([x, y, rx, ry]) => [60 - x, y + 2, rx, ry] as const);
  for (const [x, y, rx, ry] of toes) {
    p.ellipse(x, y, rx, ry);
    p.fillStroke(COLOR.accentPale);
  }
  p.smooth(TOP);
  p.fillStroke(COLOR.accentPale);
  for (const [x, y] of toes) {
    p.circle(x, y - 1, 1.8);
    p.fill(COLOR.ink);
  }
  for (const x of [22, 36]) {
    arrow(p, [
      [x, 40],
      [x + 0.5, 80],
      [x, 118],
    ]);
  }
}

/** The cover: two footprints side by side, turned a little outwards (a print shows the big toe inside). */
export function footprints(doc: PDFKit.PDFDocument, box: Box): void {
  const w = box.h * 0.5;
  for (const [i, side] of (['left', 'right'] as const).entries()) {
    const cx = box.x + box.w / 2 + (i === 0 ? -w * 0.62 : w * 0.62);
    const cy = box.y + box.h / 2 + (i === 0 ? box.h * 0.06 : -box.h * 0.06);
    doc.save();
    doc.rotate(i === 0 ? -8 : 8, { origin: [cx, cy] });
    const p = new Pen(doc, { x: cx - w / 2, y: box.y, w, h: box.h }, { w: 60, h: 130, y0: 4 }, side === 'right');
    drawSole(p, COLOR.accentPale, COLOR.accent);
    doc.restore();
  }
}
