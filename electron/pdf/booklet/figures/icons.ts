/*
 * Fig. 18, the warning-sign icons, and the safety-page icons: a simple drawing in a tinted disc,
 * so each sign can be found again at a glance on a page read from the fridge door.
 */
import type { RedFlag } from '../../../../shared/contract/assessments';
import { COLOR } from '../theme';
import { drawSole } from './feet';
import { hand } from './hands';
import { arrow, noSign } from './marks';
import { Pen, type Pt } from './pen';
import { limb } from './rig';

export type WarningIcon = RedFlag | 'strapping';
export type SafetyIcon = 'notToday' | 'stop' | 'never' | 'bath' | 'smallObjects';

function bolt(p: Pen, x: number, y: number, k = 1): void {
  p.poly(
    [
      [x, y],
      [x - 6 * k, y + 11 * k],
      [x - 1 * k, y + 11 * k],
      [x - 4 * k, y + 21 * k],
      [x + 6 * k, y + 7 * k],
      [x + 1 * k, y + 7 * k],
      [x + 4 * k, y],
    ].map(([a, b]) => [a!, b!] as Pt),
  );
  p.fillStroke(COLOR.accent, COLOR.ink, 1);
}

function sideFoot(p: Pen, fill: string = COLOR.skin): void {
  p.smooth([
    [12, 6],
    [20, 6],
    [21, 22],
    [27, 28],
    [34, 31],
    [35, 36],
    [10, 36],
    [8, 28],
    [11, 20],
  ]);
  p.fillStroke(fill, COLOR.ink, 1.1);
}

const WARNING: Record<WarningIcon, (p: Pen) => void> = {
  pain: (p) => {
    sideFoot(p);
    bolt(p, 28, 3, 0.8);
  },
  stiffness: (p) => {
    p.moveTo(13, 18).lineTo(13, 12).quadTo([13, 4], [20, 4]).quadTo([27, 4], [27, 12]).lineTo(27, 18);
    p.stroke(COLOR.ink, 2);
    p.roundedRect(9, 18, 22, 17, 3);
    p.fillStroke(COLOR.accentMid, COLOR.ink, 1.2);
    p.circle(20, 25, 2.4);
    p.fill(COLOR.ink);
  },
  asymmetry: (p) => {
    const left = new Pen(p.doc, { x: p.x(3), y: p.y(6), w: 14 * p.s, h: 30 * p.s }, { w: 60, h: 130 });
    drawSole(left, COLOR.skin);
    const right = new Pen(p.doc, { x: p.x(22), y: p.y(2), w: 16 * p.s, h: 36 * p.s }, { w: 60, h: 130 }, true);
    drawSole(right, COLOR.accentMid);
  },
  limping: (p) => {
    limb(
      p,
      [
        [18, 14],
        [22, 26],
      ],
      [3.6, 3.4],
    );
    limb(
      p,
      [
        [22, 26],
        [14, 36],
      ],
      [2.6, 2.2],
    );
    limb(
      p,
      [
        [22, 26],
        [31, 33],
      ],
      [2.6, 2.2],
    );
    limb(
      p,
      [
        [19, 16],
        [30, 18],
      ],
      [2, 1.8],
    );
    p.circle(16, 8, 4.5);
    p.fillStroke(COLOR.skin, COLOR.ink, 1.1);
    for (const y of [10, 16]) {
      p.moveTo(4, y).lineTo(9, y);
      p.stroke(COLOR.ink, 1.1);
    }
  },
  rapid_change: (p) => {
    p.moveTo(6, 34).lineTo(34, 34).moveTo(6, 34).lineTo(6, 6);
    p.stroke(COLOR.ink, 1.2);
    arrow(p, [
      [8, 30],
      [18, 27],
      [24, 20],
      [30, 7],
    ]);
  },
  tender_swelling: (p) => {
    sideFoot(p);
    p.circle(24, 25, 6);
    p.fillStroke(COLOR.accentMid, COLOR.ink, 1);
    for (const [a, b] of [
      [24, 14],
      [33, 17],
      [35, 25],
    ] as Pt[]) {
      p.moveTo(24 + (a - 24) * 0.8, 25 + (b - 25) * 0.8).lineTo(a, b);
      p.stroke(COLOR.ink, 1.1);
    }
  },
  neuro_signs: (p) => {
    p.poly(
      [
        [4, 22],
        [10, 22],
        [13, 12],
        [17, 32],
        [21, 8],
        [25, 30],
        [28, 20],
        [36, 20],
      ],
      false,
    );
    p.stroke(COLOR.accent, 2);
  },
  strapping: (p) => {
    sideFoot(p);
    for (const x of [14, 19, 24]) {
      p.moveTo(x, 20 + (x - 14) * 0.5).lineTo(x + 4, 36);
      p.stroke(COLOR.ink, 2.2);
    }
  },
};

const SAFETY: Record<SafetyIcon, (p: Pen) => void> = {
  notToday: (p) => {
    p.roundedRect(17, 4, 6, 24, 3);
    p.fillStroke(COLOR.white, COLOR.ink, 1.1);
    p.circle(20, 31, 5);
    p.fillStroke(COLOR.accent, COLOR.ink, 1.1);
    p.roundedRect(18.8, 10, 2.4, 18, 1.2);
    p.fill(COLOR.accent);
  },
  stop: (p) => hand(p, 0, 0, 0, 0.95, COLOR.white),
  never: (p) => noSign(p.doc, p.x(20), p.y(20), 11 * p.s),
  bath: (p) => {
    p.poly([
      [5, 18],
      [35, 18],
      [31, 34],
      [9, 34],
    ]);
    p.fillStroke(COLOR.accentPale, COLOR.ink, 1.1);
    for (const x of [14, 20, 26]) {
      p.moveTo(x, 14)
        .quadTo([x - 2, 10], [x, 6])
        .quadTo([x + 2, 2], [x, 0]);
      p.stroke(COLOR.accent, 1.1);
    }
  },
  smallObjects: (p) => {
    p.roundedRect(6, 8, 12, 26, 2);
    p.fillStroke(COLOR.white, COLOR.ink, 1.1);
    p.circle(25, 29, 4);
    p.fillStroke(COLOR.grey, COLOR.ink, 1.1);
    noSign(p.doc, p.x(29), p.y(12), 7 * p.s);
  },
};

/** An icon in a disc of radius `r` centred on (cx, cy). */
function disc(doc: PDFKit.PDFDocument, cx: number, cy: number, r: number, draw: (p: Pen) => void): void {
  doc.circle(cx, cy, r).lineWidth(1.2).fillAndStroke(COLOR.tint, COLOR.accent);
  const inner = r * 1.25;
  draw(new Pen(doc, { x: cx - inner / 2, y: cy - inner / 2, w: inner, h: inner }, { w: 40, h: 40 }));
}

export function warningIcon(doc: PDFKit.PDFDocument, id: WarningIcon, cx: number, cy: number, r: number): void {
  disc(doc, cx, cy, r, WARNING[id]);
}

export function safetyIcon(doc: PDFKit.PDFDocument, id: SafetyIcon, cx: number, cy: number, r: number): void {
  disc(doc, cx, cy, r, SAFETY[id]);
}
