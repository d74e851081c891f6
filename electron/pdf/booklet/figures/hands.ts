/*
 * Fig. 10: the hand-technique icons, fingertip-sized, one per technique (stroke, rub, knead,
 * pick-up, fingertip drumming, edge-of-hand tapping, patting). One mitten-shaped hand is posed
 * and mirrored for all of them, so the icons read as a family wherever a step names a technique.
 */
import type { TechniqueId } from '../../../../shared/plan';
import { COLOR } from '../theme';
import { arrow, circleArrow } from './marks';
import { type Box, Pen, type Pt, place, rotate } from './pen';

/** A right hand, palm towards the viewer, fingers up, in a 40 × 40 box. */
const HAND: readonly Pt[] = [
  [15, 38],
  [13, 27],
  [9, 25],
  [5.5, 20],
  [7.5, 17],
  [13, 20],
  [13, 9],
  [15, 5],
  [19, 4],
  [23, 4.5],
  [27, 6],
  [28.5, 10],
  [28, 27],
  [26, 38],
];
const FINGER_LINES: readonly (readonly [Pt, Pt])[] = [
  [
    [17.3, 5],
    [17.3, 15],
  ],
  [
    [21, 4.5],
    [21, 15],
  ],
  [
    [24.7, 5.5],
    [24.7, 15],
  ],
];

/** The mitten hand posed: rotated `deg` around its centre, moved by (dx, dy), scaled by k. */
export function hand(p: Pen, deg: number, dx = 0, dy = 0, k = 1, fill: string = COLOR.skin): void {
  const pose = (pts: readonly Pt[]) => place(rotate(pts, deg, 20, 20), dx, dy, k);
  p.smooth(pose(HAND));
  p.fillStroke(fill, COLOR.ink, 1.2);
  for (const line of FINGER_LINES) {
    const [a, b] = pose(line);
    p.moveTo(a![0], a![1]).lineTo(b![0], b![1]);
    p.stroke(COLOR.ink, 0.8);
  }
}

/** Short impact strokes under a point: taps. */
function taps(p: Pen, pts: readonly Pt[]): void {
  for (const [x, y] of pts) {
    p.moveTo(x, y).lineTo(x, y + 3);
    p.stroke(COLOR.ink, 1.1);
  }
}

const ICONS: Record<TechniqueId, (p: Pen) => void> = {
  stroke: (p) => {
    hand(p, 90, 2, -4, 0.9);
    arrow(p, [
      [5, 36],
      [35, 36],
    ]);
  },
  rub: (p) => {
    hand(p, 0, 4, -2, 0.8);
    arrow(
      p,
      [
        [6, 37],
        [12, 32],
        [18, 37],
        [24, 32],
        [30, 37],
        [36, 32],
      ],
      { width: 1.2 },
    );
  },
  knead: (p) => {
    hand(p, 20, -6, 0, 0.75);
    p.doc.save();
    hand(new Pen(p.doc, p.box, p.view, !p.mirror), 20, -6, 0, 0.75);
    p.doc.restore();
    circleArrow(p, 20, 34, 5, 200, 520);
  },
  pinch_release: (p) => {
    // Thumb and finger meeting on a fold of skin, then lifting off.
    p.smooth([
      [8, 30],
      [10, 16],
      [17, 10],
      [19, 14],
      [14, 20],
      [13, 30],
    ]);
    p.fillStroke(COLOR.skin, COLOR.ink, 1.2);
    p.smooth([
      [32, 30],
      [30, 16],
      [23, 10],
      [21, 14],
      [26, 20],
      [27, 30],
    ]);
    p.fillStroke(COLOR.skin, COLOR.ink, 1.2);
    p.moveTo(6, 37).quadTo([20, 28], [34, 37]);
    p.stroke(COLOR.ink, 1.1);
    arrow(p, [
      [20, 9],
      [20, 1],
    ]);
  },
  drum: (p) => {
    hand(p, 180, 0, -6, 0.8);
    taps(p, [
      [13, 33],
      [17, 34],
      [21, 34],
      [25, 33],
    ]);
  },
  chop: (p) => {
    // The little-finger edge of the hand, seen from the thumb side.
    p.smooth([
      [14, 2],
      [24, 3],
      [26, 14],
      [24, 27],
      [21, 29],
      [17, 27],
      [15, 14],
    ]);
    p.fillStroke(COLOR.skin, COLOR.ink, 1.2);
    p.moveTo(17, 10).lineTo(23, 10);
    p.stroke(COLOR.ink, 0.8);
    taps(p, [
      [13, 31],
      [20, 32.5],
      [27, 31],
    ]);
  },
  pat: (p) => {
    hand(p, 180, 0, -4, 0.8);
    for (const r of [4, 7]) {
      p.moveTo(20 - r * 1.6, 31 + r * 0.3).quadTo([20, 31 + r * 1.2], [20 + r * 1.6, 31 + r * 0.3]);
      p.stroke(COLOR.ink, 1);
    }
  },
};

/** One technique icon in `box` (about 20-40 pt square). */
export function techniqueIcon(doc: PDFKit.PDFDocument, id: TechniqueId, box: Box): void {
  ICONS[id](new Pen(doc, box, { w: 40, h: 40 }));
}

/** A small open palm for the "pat here" marks of Fig. 8, centred on a page point. */
export function palm(doc: PDFKit.PDFDocument, x: number, y: number, size: number): void {
  hand(
    new Pen(doc, { x: x - size / 2, y: y - size / 2, w: size, h: size }, { w: 40, h: 40 }),
    180,
    0,
    0,
    1,
    COLOR.white,
  );
}
