/*
 * The child's body seen from above, lying down: one drawing in one set of units (120 × 335,
 * head at the top), cropped by each figure to the part it explains. No face: a plain head shape.
 * Legs are drawn per side in one of four states: the affected leg in the accent colour, the other
 * lightened ("light" routine) or greyed and dashed ("skip"), or plain where no leg is singled out.
 */
import { COLOR } from '../theme';
import type { Pen, Pt } from './pen';

export const BODY = { w: 120, h: 335 } as const;
export type LegState = 'full' | 'light' | 'skip' | 'plain';
/** The legs as the viewer sees them (left and right on the page, not the child's). */
export interface ViewLegs {
  left: LegState;
  right: LegState;
}

/** [y, centre x, outer half-width, inner half-width] down the viewer's left leg. */
const LEG: readonly (readonly [number, number, number, number])[] = [
  [156, 45, 16, 13],
  [190, 45.5, 14.5, 12],
  [220, 46.5, 11.5, 10],
  [238, 47, 10, 9.5],
  [250, 47, 10, 9.5],
  [264, 47.5, 11.5, 10],
  [280, 48, 10.5, 9],
  [296, 48.5, 7, 6.5],
  [306, 48.5, 5.5, 5.5],
  [314, 48.5, 7, 7],
  [324, 48.5, 6.5, 6.5],
];
export const KNEE_Y = 244;
export const ANKLE_Y = 304;

/** The centre line of a leg at height y (viewer's left leg; the right one mirrors around x = 60). */
export function legCentre(y: number, side: 'left' | 'right'): number {
  let cx = LEG[0]![1];
  for (const [ly, lx] of LEG) if (ly <= y) cx = lx;
  return side === 'left' ? cx : BODY.w - cx;
}

export function legOutline(side: 'left' | 'right'): Pt[] {
  const sx = (x: number) => (side === 'left' ? x : BODY.w - x);
  const outer = LEG.map(([y, cx, o]) => [sx(cx - o), y] as Pt);
  const inner = [...LEG].reverse().map(([y, cx, , i]) => [sx(cx + i), y] as Pt);
  return [...outer, [sx(48.5), 331], ...inner];
}

const TORSO: readonly Pt[] = [
  [52, 37],
  [38, 40],
  [29, 45],
  [26, 54],
  [27, 74],
  [31, 100],
  [32, 120],
  [29, 142],
  [31, 162],
  [45, 175],
  [60, 171],
  [75, 175],
  [89, 162],
  [91, 142],
  [88, 120],
  [89, 100],
  [93, 74],
  [94, 54],
  [91, 45],
  [82, 40],
  [68, 37],
];

const ARM: readonly Pt[] = [
  [30, 44],
  [22, 50],
  [17, 80],
  [15, 112],
  [13, 136],
  [17, 148],
  [23, 141],
  [24, 112],
  [26, 84],
  [31, 60],
];

export function legStyle(state: LegState): { fill: string; stroke: string; dash: boolean } {
  switch (state) {
    case 'full':
      return { fill: COLOR.accentMid, stroke: COLOR.accent, dash: false };
    case 'light':
      return { fill: COLOR.accentPale, stroke: COLOR.ink, dash: false };
    case 'skip':
      return { fill: COLOR.greyPale, stroke: COLOR.line, dash: true };
    default:
      return { fill: COLOR.skin, stroke: COLOR.ink, dash: false };
  }
}

export function drawLeg(p: Pen, side: 'left' | 'right', state: LegState): void {
  const st = legStyle(state);
  p.smooth(legOutline(side));
  if (st.dash) p.doc.dash(3, { space: 2 });
  p.fillStroke(st.fill, st.stroke);
  p.doc.undash();
}

/** The whole child lying down, seen from above: back view (prone) or front view (supine). */
export function drawBody(p: Pen, legs: ViewLegs, view: 'back' | 'front', o: { arms?: boolean } = {}): void {
  drawLeg(p, 'left', legs.left);
  drawLeg(p, 'right', legs.right);
  // Figures of the legs leave the arms out: only their hands would show, as stray shapes.
  if (o.arms !== false) {
    p.smooth(ARM);
    p.fillStroke(COLOR.skin);
    p.smooth(ARM.map(([x, y]) => [BODY.w - x, y] as Pt));
    p.fillStroke(COLOR.skin);
  }
  p.roundedRect(54, 28, 12, 14, 3);
  p.fillStroke(COLOR.skin);
  p.smooth(TORSO);
  p.fillStroke(COLOR.skin);
  p.circle(60, 20, 15);
  p.fillStroke(COLOR.skin);
  if (view === 'back') {
    // The cleft between the buttocks, and the shoulder blades: enough to read "this is the back".
    p.moveTo(60, 150).quadTo([60.5, 163], [60, 171]);
    p.stroke(COLOR.ink, 1);
    for (const sx of [1, -1]) {
      const x = (u: number) => 60 + sx * u;
      p.moveTo(x(12), 52).quadTo([x(22), 62], [x(14), 78]);
      p.stroke(COLOR.line, 0.9);
    }
  } else {
    for (const side of ['left', 'right'] as const) {
      p.circle(legCentre(KNEE_Y, side), KNEE_Y, 6);
      p.stroke(legs[side] === 'skip' ? COLOR.line : COLOR.ink, 0.9);
    }
    p.circle(60, 118, 1.2);
    p.fill(COLOR.ink);
  }
}
