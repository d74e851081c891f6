/*
 * Figs. 2-3 (positions) and 12-15 (mat and exercises), drawn with the posable child of rig.ts.
 * Side views face right; the same drawings mirror for the other side when a figure asks.
 */
import { COLOR } from '../theme';
import { hand } from './hands';
import { arrow, circleArrow, noSign } from './marks';
import { type Box, Pen, type Pt } from './pen';
import { child, limb, type Pose } from './rig';

const shift = (pts: readonly Pt[], dx: number, dy: number): Pt[] => pts.map(([x, y]) => [x + dx, y + dy] as Pt);

function surface(p: Pen, x: number, y: number, w: number): void {
  p.roundedRect(x, y, w, 8, 3);
  p.fillStroke(COLOR.greyPale, COLOR.line);
}

function roll(p: Pen, x: number, y: number, r: number): void {
  p.circle(x, y, r);
  p.fillStroke(COLOR.accentPale, COLOR.ink);
  p.circle(x, y, r * 0.45);
  p.stroke(COLOR.line, 0.9);
}

/** Fig. 2: on the tummy, towel roll under the shins so the feet are lifted a little. */
export function prone(doc: PDFKit.PDFDocument, box: Box): void {
  const p = new Pen(doc, box, { w: 122, h: 44, y0: 35 });
  surface(p, 2, 70, 118);
  roll(p, 92, 63, 7);
  const leg: Pt[] = [
    [57, 62],
    [80, 59],
    [102, 47],
    [110, 54],
  ];
  child(p, {
    head: [16, 58],
    neck: [25, 61],
    hip: [56, 61],
    armBack: [
      [29, 58],
      [22, 66],
      [10, 63],
    ],
    armFront: [
      [30, 61],
      [21, 68],
      [7, 65],
    ],
    legBack: shift(leg, -1.5, -2),
    legFront: leg,
  });
}

/** Fig. 3: on the back, the roll under the knees and shins, toes up. */
export function supine(doc: PDFKit.PDFDocument, box: Box): void {
  const p = new Pen(doc, box, { w: 122, h: 44, y0: 35 });
  surface(p, 2, 70, 118);
  roll(p, 82, 63, 7);
  const leg: Pt[] = [
    [57, 60],
    [80, 53],
    [102, 59],
    [104, 50],
  ];
  child(p, {
    head: [16, 60],
    neck: [25, 60],
    hip: [56, 60],
    armBack: [
      [28, 57],
      [42, 58],
      [55, 59],
    ],
    armFront: [
      [29, 60],
      [43, 61],
      [56, 62],
    ],
    legBack: shift(leg, -1.5, -2),
    legFront: leg,
  });
}

const STAND: Pose = {
  head: [52, 15],
  neck: [52, 25],
  hip: [52, 57],
  armBack: [
    [52, 29],
    [60, 42],
    [66, 52],
  ],
  armFront: [
    [52, 29],
    [44, 42],
    [40, 54],
  ],
  legBack: [
    [51, 58],
    [45, 75],
    [38, 89],
    [45, 92],
  ],
  legFront: [
    [53, 58],
    [61, 75],
    [58, 91],
    [67, 92],
  ],
};

/** Fig. 12: walking on the bumpy mat; toddlers hold an adult's hand. */
export function mat(doc: PDFKit.PDFDocument, box: Box, toddler: boolean): void {
  const p = new Pen(doc, box, { w: 110, h: 100 });
  p.roundedRect(8, 93, 94, 6, 2);
  p.fillStroke(COLOR.accentPale, COLOR.ink);
  for (let x = 13; x < 100; x += 7) {
    p.circle(x, 93, 2.2);
    p.fillStroke(COLOR.accentMid, COLOR.ink, 0.9);
  }
  child(p, STAND);
  if (toddler) {
    // An adult's arm reaching down to hold the toddler's hand.
    limb(
      p,
      [
        [110, 0],
        [88, 24],
        [74, 44],
      ],
      [6, 5.2, 4.6],
    );
    hand(p, 215, 52, 27, 0.6);
  }
}

/** Fig. 13: sitting, legs straight, circles with the feet one way then the other. */
export function footCircles(doc: PDFKit.PDFDocument, box: Box): void {
  const p = new Pen(doc, box, { w: 110, h: 100 });
  surface(p, 2, 92, 106);
  const leg: Pt[] = [
    [30, 84],
    [58, 84],
    [83, 83],
    [86, 73],
  ];
  child(p, {
    head: [24, 38],
    neck: [26, 48],
    hip: [30, 82],
    armBack: [
      [27, 52],
      [20, 68],
      [14, 88],
    ],
    armFront: [
      [27, 53],
      [19, 70],
      [12, 89],
    ],
    legBack: shift(leg, -1, -2),
    legFront: leg,
  });
  circleArrow(p, 86, 72, 9, -150, 150);
  circleArrow(p, 86, 72, 15, 150, -150);
}

/** Fig. 14: "monkey feet", a big toy picked up with the toes and dropped into a box. */
export function monkeyFeet(doc: PDFKit.PDFDocument, box: Box, toddler: boolean): void {
  const p = new Pen(doc, box, { w: 110, h: 100 });
  surface(p, 2, 92, 106);
  p.poly([
    [82, 66],
    [104, 66],
    [102, 92],
    [84, 92],
  ]);
  p.fillStroke(COLOR.accentPale);
  const leg: Pt[] = [
    [28, 84],
    [46, 62],
    [58, 84],
    [66, 80],
  ];
  child(p, {
    head: [20, 38],
    neck: [22, 48],
    hip: [27, 82],
    armBack: [
      [23, 52],
      [16, 68],
      [11, 88],
    ],
    armFront: [
      [24, 53],
      [30, 66],
      [40, 68],
    ],
    legBack: shift(leg, -2, 2),
    legFront: leg,
  });
  const r = toddler ? 9 : 7;
  p.circle(68, 82 - r + 6, r);
  p.fillStroke(COLOR.accentMid);
  arrow(p, [
    [72, 66 - r],
    [82, 54],
    [92, 60],
  ]);
  if (toddler) {
    // Under 3: no small objects (choking). A small ball beside a tube, with the "no" sign.
    p.roundedRect(4, 4, 12, 20, 2);
    p.fillStroke(COLOR.white, COLOR.ink, 1);
    p.circle(24, 18, 3.5);
    p.fillStroke(COLOR.grey, COLOR.ink, 1);
    noSign(doc, p.x(30), p.y(8), 6);
  }
}

/** Fig. 15a: sitting cross-legged with a picture book. */
export function crossLegged(doc: PDFKit.PDFDocument, box: Box): void {
  const p = new Pen(doc, box, { w: 100, h: 100 });
  surface(p, 4, 92, 92);
  limb(
    p,
    [
      [56, 80],
      [80, 84],
      [46, 90],
      [40, 89],
    ],
    [6, 4.2, 3, 2.6],
  );
  limb(
    p,
    [
      [44, 80],
      [20, 84],
      [54, 88],
      [60, 87],
    ],
    [6, 4.2, 3, 2.6],
  );
  limb(
    p,
    [
      [50, 40],
      [50, 78],
    ],
    [9, 9.5],
  );
  p.circle(50, 27, 9);
  p.fillStroke(COLOR.skin);
  for (const s of [-1, 1]) {
    limb(
      p,
      [
        [50 + s * 7, 44],
        [50 + s * 14, 58],
        [50 + s * 6, 64],
      ],
      [3.2, 2.8, 2.6],
    );
  }
  p.poly([
    [36, 56],
    [50, 60],
    [64, 56],
    [64, 70],
    [50, 74],
    [36, 70],
  ]);
  p.fillStroke(COLOR.accentPale);
  p.moveTo(50, 60).lineTo(50, 74);
  p.stroke();
}

/** Fig. 15b: squatting with the knees pointing outwards. */
export function squat(doc: PDFKit.PDFDocument, box: Box): void {
  const p = new Pen(doc, box, { w: 100, h: 100 });
  surface(p, 4, 92, 92);
  for (const s of [-1, 1]) {
    limb(
      p,
      [
        [50 + s * 6, 62],
        [50 + s * 24, 62],
        [50 + s * 13, 86],
      ],
      [5.5, 4.2, 3],
    );
    limb(
      p,
      [
        [50 + s * 13, 86],
        [50 + s * 17, 91],
      ],
      [3, 2.6],
    );
  }
  limb(
    p,
    [
      [50, 32],
      [50, 62],
    ],
    [9, 9.5],
  );
  p.circle(50, 19, 9);
  p.fillStroke(COLOR.skin);
  for (const s of [-1, 1]) {
    limb(
      p,
      [
        [50 + s * 7, 36],
        [50 + s * 16, 48],
        [50 + s * 21, 57],
      ],
      [3.2, 2.8, 2.6],
    );
    arrow(p, [
      [50 + s * 31, 64],
      [50 + s * 44, 64],
    ]);
  }
}
