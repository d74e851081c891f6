/*
 * The feet close up: Fig. 7 (sole, thumbs stroking from the toes to the heel), Fig. 11 (top of
 * the foot, toes to ankle) and the footprints on the cover. One sole outline, mirrored per side.
 * Figs. 7 and 11 show both feet side by side, each as its leg is done (design "Illustrations"):
 * the affected foot in the accent tint, the other lightened, or greyed and dashed when skipped.
 */
import { COLOR } from '../theme';
import { type LegState, legStyle } from './body';
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

/** The child's feet as their legs are done in a step (the child's left and right). */
export interface Feet {
  left: LegState;
  right: LegState;
}

/** A foot drawn as its leg is in the leg figures (body.ts); a skipped foot gets no arrows. */
function footStyle(state: LegState): { fill: string; stroke: string; dash: boolean; arrows: boolean } {
  return { ...legStyle(state), arrows: state !== 'skip' };
}

/**
 * The two halves of a figure's box and the foot each shows. Seen from the sole with the toes up,
 * the child's right foot is on the viewer's left; seen from above (the top of the feet), on the
 * right. Either way the big toes face each other.
 */
export function footPair(box: Box, view: 'sole' | 'top'): { side: 'left' | 'right'; half: Box }[] {
  const w = box.w / 2;
  const halves = [
    { x: box.x, y: box.y, w, h: box.h },
    { x: box.x + w, y: box.y, w, h: box.h },
  ];
  return view === 'sole'
    ? [
        { side: 'right', half: halves[0]! },
        { side: 'left', half: halves[1]! },
      ]
    : [
        { side: 'left', half: halves[0]! },
        { side: 'right', half: halves[1]! },
      ];
}

/** One foot's view inside its half of the box: room for the thumbs beside the sole. */
const FOOT_VIEW = { w: 72, h: 136, x0: -6, y0: 2 };

/** Where to name each foot: centred over its half, just above the toes. */
export function footLetterPoints(box: Box, view: 'sole' | 'top'): { side: 'left' | 'right'; at: Pt }[] {
  return footPair(box, view).map(({ side, half }) => {
    const s = Math.min(half.w / FOOT_VIEW.w, half.h / FOOT_VIEW.h);
    const top = half.y + (half.h - FOOT_VIEW.h * s) / 2;
    return { side, at: [half.x + half.w / 2, Math.max(box.y + 7, top - 6)] as Pt };
  });
}

/** Fig. 7: both thumbs on the sole, strokes from the toes to the heel, then small circles. */
export function soleFigure(doc: PDFKit.PDFDocument, box: Box, feet: Feet): void {
  const pair = footPair(box, 'sole');
  // The parent's thumbs go on one foot: one that gets the whole step.
  const held = pair.find(({ side }) => feet[side] === 'full' || feet[side] === 'plain')?.side ?? null;
  pair.forEach(({ side, half }) => {
    // SOLE is a right foot seen from below; the left one is its mirror.
    const p = new Pen(doc, half, FOOT_VIEW, side === 'left');
    const state = feet[side];
    const st = footStyle(state);
    if (st.dash) doc.dash(3, { space: 2 });
    drawSole(p, st.fill, st.stroke);
    doc.undash();
    if (!st.arrows) return;
    for (const x of [23, 39]) {
      arrow(p, [
        [x, 36],
        [x + 1, 70],
        [x - 1, 110],
      ]);
    }
    // Small circles around the little bones: the whole step only, not the light routine.
    if (state !== 'light')
      for (const [x, y] of [
        [31, 52],
        [31, 86],
      ] as Pt[])
        circleArrow(p, x, y, 5, -90, 200);
    if (side === held) thumbs(p);
  });
}

/** The parent's thumbs, coming in from below one each side of the heel. */
function thumbs(p: Pen): void {
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
export function footTopFigure(doc: PDFKit.PDFDocument, box: Box, feet: Feet): void {
  for (const { side, half } of footPair(box, 'top')) {
    // TOP is a right foot seen from above; the left one is its mirror.
    const p = new Pen(doc, half, FOOT_VIEW, side === 'left');
    const state = feet[side];
    const st = footStyle(state);
    const toes = TOES.map(([x, y, rx, ry]) => [60 - x, y + 2, rx, ry] as const);
    if (st.dash) doc.dash(3, { space: 2 });
    for (const [x, y, rx, ry] of toes) {
      p.ellipse(x, y, rx, ry);
      p.fillStroke(st.fill, st.stroke);
    }
    p.smooth(TOP);
    p.fillStroke(st.fill, st.stroke);
    doc.undash();
    if (!st.arrows) continue;
    // Pressing each toe: the whole step only; the light routine strokes.
    if (state !== 'light')
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
