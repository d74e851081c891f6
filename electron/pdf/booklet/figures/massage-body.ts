/*
 * Figs. 4-6, 8, 9: the massage zones on the body lying down. Arrows follow §6: on the back from
 * the spine outwards, on the limbs from the foot towards the body. "Do not" zones (spine, back
 * of the knee, kneecap, shin bone) are hatched, outlined and carry a "no" sign.
 */
import { COLOR } from '../theme';
import { ANKLE_Y, BODY, drawBody, KNEE_Y, legCentre, type ViewLegs } from './body';
import { palm } from './hands';
import { arrow, circleArrow, hatched, noSign } from './marks';
import { type Box, Pen, type Pt } from './pen';

export type BodyFigure = 'back' | 'buttocks' | 'back_legs_thigh' | 'back_legs_calf' | 'back_legs_heel' | 'pats';
/** The Part A areas the finishing pats (Fig. 8) can cover. */
export type PatArea = 'back' | 'buttocks' | 'legs' | 'feet';
const ALL_PAT_AREAS: readonly PatArea[] = ['back', 'buttocks', 'legs', 'feet'];
export type FrontFigure = 'front_thigh' | 'front_shin';

const CROPS = {
  back: { y0: 4, h: 180 },
  buttocks: { y0: 96, h: 126 },
  legs: { y0: 138, h: 197 },
  whole: { y0: 0, h: BODY.h },
} as const;

function pen(doc: PDFKit.PDFDocument, box: Box, crop: { y0: number; h: number }): Pen {
  return new Pen(doc, box, { w: BODY.w, h: crop.h, y0: crop.y0 });
}

function withCrop(p: Pen, draw: () => void): void {
  p.doc.save();
  p.clipToView();
  draw();
  p.doc.restore();
}

const SIDES = ['left', 'right'] as const;
const worked = (legs: ViewLegs, side: 'left' | 'right') => legs[side] !== 'skip';
const arrowColour = (legs: ViewLegs, side: 'left' | 'right') => (legs[side] === 'light' ? COLOR.soft : COLOR.ink);

/** The outer side of a leg is away from the middle of the body. */
const out = (side: 'left' | 'right') => (side === 'left' ? -1 : 1);

function kneeCrease(p: Pen, side: 'left' | 'right'): void {
  const cx = legCentre(KNEE_Y, side);
  hatched(p, () => p.roundedRect(cx - 12, KNEE_Y - 7, 24, 14, 6));
}

/** `pats`: the areas Fig. 8 pats (default all); a skipped step's area, or a skipped leg, gets no palm. */
export function bodyFigure(
  doc: PDFKit.PDFDocument,
  box: Box,
  fig: BodyFigure,
  legs: ViewLegs,
  pats: readonly PatArea[] = ALL_PAT_AREAS,
): void {
  switch (fig) {
    case 'back': {
      const p = pen(doc, box, CROPS.back);
      withCrop(p, () => {
        drawBody(p, { left: 'plain', right: 'plain' }, 'back');
        hatched(p, () => p.roundedRect(56.5, 40, 7, 112, 3.5));
        for (const [i, y] of [50, 74, 98, 122].entries()) {
          const dy = i === 3 ? 10 : 14;
          arrow(p, [
            [67, y],
            [78, y + dy * 0.45],
            [89, y + dy],
          ]);
          arrow(p, [
            [53, y],
            [42, y + dy * 0.45],
            [31, y + dy],
          ]);
        }
      });
      noSign(doc, p.x(60), p.y(160), 8);
      return;
    }
    case 'buttocks': {
      const p = pen(doc, box, CROPS.buttocks);
      withCrop(p, () => {
        drawBody(p, { left: 'plain', right: 'plain' }, 'back');
        hatched(p, () => p.roundedRect(56.5, 40, 7, 112, 3.5));
        circleArrow(p, 45, 156, 9, -60, 230);
        circleArrow(p, 75, 156, 9, -60, 230);
        for (const [x, y] of [
          [40, 128],
          [46, 125],
          [74, 125],
          [80, 128],
        ] as Pt[]) {
          p.moveTo(x, y).lineTo(x, y + 4);
          p.stroke(COLOR.ink, 1.2);
        }
      });
      return;
    }
    case 'pats': {
      const p = pen(doc, box, CROPS.whole);
      drawBody(p, legs, 'back');
      const size = 13 * p.s * 1.6;
      const spots: [PatArea, Pt][] = [
        ['back', [60, 80]],
        ['buttocks', [60, 158]],
        ...SIDES.filter((side) => worked(legs, side)).flatMap((side): [PatArea, Pt][] => [
          ['legs', [legCentre(205, side), 205]],
          ['feet', [legCentre(ANKLE_Y, side), 318]],
        ]),
      ];
      for (const [area, [x, y]] of spots) if (pats.includes(area)) palm(doc, p.x(x), p.y(y), size);
      return;
    }
    default:
      legsFigure(doc, box, fig, legs);
  }
}

function legsFigure(doc: PDFKit.PDFDocument, box: Box, fig: BodyFigure, legs: ViewLegs): void {
  const p = pen(doc, box, CROPS.legs);
  withCrop(p, () => {
    drawBody(p, legs, 'back', { arms: false });
    for (const side of SIDES) kneeCrease(p, side);
    for (const side of SIDES.filter((s) => worked(legs, s))) {
      const cx = (y: number) => legCentre(y, side);
      const color = arrowColour(legs, side);
      const o = out(side);
      if (fig === 'back_legs_thigh') {
        arrow(
          p,
          [
            [cx(228), 228],
            [cx(170), 168],
          ],
          { color },
        );
        arrow(
          p,
          [
            [cx(228) + o * 5, 226],
            [cx(200) + o * 9, 196],
            [cx(178) + o * 19, 174],
          ],
          { color },
        );
      } else if (fig === 'back_legs_calf') {
        arrow(
          p,
          [
            [cx(298) - 2.5, 298],
            [cx(262) - 3, 260],
          ],
          { color },
        );
        arrow(
          p,
          [
            [cx(298) + 2.5, 298],
            [cx(262) + 3, 260],
          ],
          { color },
        );
      } else {
        arrow(
          p,
          [
            [cx(318), 318],
            [cx(262), 258],
          ],
          { color },
        );
        for (const y of [300, 285, 270]) {
          p.moveTo(cx(y) - 6, y + 3)
            .lineTo(cx(y), y - 1)
            .lineTo(cx(y) + 6, y + 3);
          p.stroke(color, 1.1);
        }
      }
    }
  });
  for (const side of SIDES) noSign(doc, p.x(legCentre(KNEE_Y, side) + out(side) * 21), p.y(KNEE_Y), 6.5);
}

/** Fig. 9: the front of the legs, child on the back: kneecaps and shin bones are "do not" zones. */
export function frontFigure(doc: PDFKit.PDFDocument, box: Box, fig: FrontFigure, legs: ViewLegs): void {
  const p = pen(doc, box, CROPS.legs);
  withCrop(p, () => {
    drawBody(p, legs, 'front', { arms: false });
    for (const side of SIDES) {
      const cx = (y: number) => legCentre(y, side);
      hatched(p, () => p.circle(cx(KNEE_Y), KNEE_Y, 8.5));
      if (fig === 'front_shin') hatched(p, () => p.roundedRect(cx(276) - 1.8, 258, 3.6, 40, 1.8), { spacing: 2.4 });
    }
    for (const side of SIDES.filter((s) => worked(legs, s))) {
      const cx = (y: number) => legCentre(y, side);
      const color = arrowColour(legs, side);
      const o = out(side);
      if (fig === 'front_thigh') {
        arrow(
          p,
          [
            [cx(230), 230],
            [cx(172), 170],
          ],
          { color },
        );
        arrow(
          p,
          [
            [cx(230) + o * 5, 228],
            [cx(200) + o * 9, 198],
            [cx(178) + o * 19, 176],
          ],
          { color },
        );
      } else {
        arrow(
          p,
          [
            [cx(298) + o * 5, 298],
            [cx(280) + o * 8, 280],
            [cx(262) + o * 8, 259],
          ],
          { color },
        );
      }
    }
  });
  for (const side of SIDES) noSign(doc, p.x(legCentre(KNEE_Y, side) + out(side) * 21), p.y(KNEE_Y), 6.5);
}

/**
 * Where the letters naming the legs go (beside each ankle, outside the leg), in page points, for
 * the figures that show both legs; null for the others.
 */
export function legLetterPoints(box: Box, fig: BodyFigure | FrontFigure): { left: Pt; right: Pt } | null {
  if (fig === 'back' || fig === 'buttocks') return null;
  const p = pen(PEN_ONLY, box, fig === 'pats' ? CROPS.whole : CROPS.legs);
  const at = (side: 'left' | 'right'): Pt => [p.x(legCentre(ANKLE_Y, side) + out(side) * 17), p.y(ANKLE_Y + 4)];
  return { left: at('left'), right: at('right') };
}

/** A Pen only maps coordinates; it needs no document for that. */
const PEN_ONLY = null as unknown as PDFKit.PDFDocument;
