/*
 * Fig. 16: the warm and cool foot bath in three numbered panels: warm soak with the thermometer,
 * a short cool pour, warm again. An adult's hand is in every panel: the child is never alone
 * with the water. Captions come from the step's dose line, so they are in the booklet's language.
 */
import type { Layout } from '../layout';
import { COLOR, SIZE } from '../theme';
import { label } from '../blocks';
import { hand } from './hands';
import { arrow } from './marks';
import { type Box, Pen, type Pt } from './pen';
import { limb } from './rig';

const BASIN: readonly Pt[] = [
  [10, 52],
  [90, 52],
  [82, 92],
  [18, 92],
];

function basin(p: Pen): void {
  p.moveTo(14, 62).lineTo(86, 62).lineTo(82, 92).lineTo(18, 92);
  p.doc.closePath();
  p.fill(COLOR.accentPale);
  for (let x = 14; x < 86; x += 12) {
    p.moveTo(x, 62)
      .quadTo([x + 3, 59.5], [x + 6, 62])
      .quadTo([x + 9, 64.5], [x + 12, 62]);
  }
  p.stroke(COLOR.accent, 1);
  p.poly(BASIN);
  p.stroke(COLOR.ink);
}

function feetIn(p: Pen): void {
  for (const x of [40, 58]) {
    limb(
      p,
      [
        [x, 0],
        [x + 1, 40],
        [x + 2, 78],
      ],
      [6, 4.6, 3.6],
    );
    limb(
      p,
      [
        [x + 2, 78],
        [x + 9, 84],
      ],
      [3.6, 3.2],
    );
  }
}

function thermometer(p: Pen, x: number): void {
  p.roundedRect(x - 3, 18, 6, 52, 3);
  p.fillStroke(COLOR.white);
  p.circle(x, 72, 5.5);
  p.fillStroke(COLOR.accent);
  p.roundedRect(x - 1.3, 40, 2.6, 30, 1.3);
  p.fill(COLOR.accent);
}

function jug(p: Pen): void {
  p.poly([
    [52, 10],
    [80, 4],
    [86, 26],
    [62, 34],
  ]);
  p.fillStroke(COLOR.white);
  p.moveTo(55, 14).quadTo([48, 16], [46, 22]);
  p.stroke(COLOR.ink);
  for (const [x, y] of [
    [44, 28],
    [43, 36],
    [45, 43],
    [42, 50],
  ] as Pt[]) {
    p.ellipse(x, y, 1.6, 2.6);
    p.fillStroke(COLOR.accentMid, COLOR.accent, 0.8);
  }
}

function clock(p: Pen, x: number, y: number): void {
  p.circle(x, y, 11);
  p.fillStroke(COLOR.white);
  p.moveTo(x, y)
    .lineTo(x, y - 7)
    .moveTo(x, y)
    .lineTo(x + 5, y + 2);
  p.stroke(COLOR.ink, 1.3);
}

interface Panels {
  panelW: number;
  gapW: number;
  artH: number;
}

function panels(box: Box, captioned: boolean): Panels {
  const gapW = 22;
  return { gapW, panelW: (box.w - 2 * gapW) / 3, artH: box.h - (captioned ? 30 : 0) };
}

/** The right edge of the child's legs in a panel, in figure units (the right leg, its widest part up top). */
const LEGS_RIGHT = 65;
const TEMPERATURE = { size: SIZE.small, font: 'semibold' as const };

/**
 * Where the first panel's water temperature goes: right-aligned to the panel's edge, at the top,
 * clear of the legs dipping into the basin and above the thermometer. `width` is the label's.
 */
export function temperatureLabel(
  box: Box,
  captioned: boolean,
  width: number,
): { x: number; y: number; w: number; h: number; legsRight: number } {
  const { panelW, artH } = panels(box, captioned);
  // Only the pen's mapping from figure units to the page is used here: nothing is drawn.
  const p = new Pen(null as never, { x: box.x, y: box.y, w: panelW, h: artH }, { w: 100, h: 100 });
  const right = box.x + panelW;
  return { x: right - width, y: p.y(3), w: width, h: TEMPERATURE.size * 1.2, legsRight: p.x(LEGS_RIGHT) };
}

/** The drawings of the three panels: no text, so the same stamp serves every booklet. */
function art(doc: PDFKit.PDFDocument, box: Box, captioned: boolean): void {
  const { gapW, panelW, artH } = panels(box, captioned);
  for (let i = 0; i < 3; i++) {
    const x = box.x + i * (panelW + gapW);
    const p = new Pen(doc, { x, y: box.y, w: panelW, h: artH }, { w: 100, h: 100 });
    feetIn(p);
    basin(p);
    if (i === 0) {
      thermometer(p, 90);
      hand(p, 0, 72, 40, 0.5);
    } else if (i === 1) {
      jug(p);
      hand(p, 30, 66, 0, 0.55);
    } else {
      clock(p, 88, 22);
      hand(p, 0, 72, 40, 0.5);
    }
    doc.circle(x + 9, box.y + 9, 9).fill(COLOR.accent);
    if (i < 2) {
      const ay = box.y + artH * 0.72;
      const ap = new Pen(doc, { x: x + panelW, y: ay - 5, w: gapW, h: 10 }, { w: 20, h: 10 });
      arrow(ap, [
        [3, 5],
        [18, 5],
      ]);
    }
  }
}

/**
 * The three panels side by side in `box`, numbered 1-2-3 with arrows between. `captions` are
 * the dose line's three parts (soak, cool pour, warm again); `temperature` labels the thermometer.
 */
export function footBathFigure(l: Layout, box: Box, captions: readonly string[], temperature: string): void {
  const captioned = captions.length === 3;
  l.drawing(`foot-bath:${captioned}`, box, (b) => art(l.doc, b, captioned));
  const { gapW, panelW, artH } = panels(box, captioned);
  for (let i = 0; i < 3; i++) {
    const x = box.x + i * (panelW + gapW);
    if (i === 0) {
      const at = temperatureLabel(box, captioned, l.metrics.width(temperature, TEMPERATURE));
      label(l, temperature, at.x, at.y, TEMPERATURE);
    }
    label(l, String(i + 1), x + 9, box.y + 2.5, {
      size: SIZE.small,
      font: 'bold',
      color: COLOR.white,
      align: 'center',
    });
    const caption = captioned ? captions[i] : undefined;
    if (caption) {
      const lines = l.metrics.wrap(caption, { font: 'regular', size: SIZE.small }, panelW);
      lines
        .slice(0, 2)
        .forEach((line, k) =>
          label(l, line, x + panelW / 2, box.y + artH + 2 + k * 13.5, { size: SIZE.small, align: 'center' }),
        );
    }
  }
}
