/*
 * Fig. 1: what valgus foot looks like, beside a typical foot. Two columns, each named above it:
 * on top, a standing child's lower legs from behind (valgus: knees close together, heels tilting
 * outwards from the dashed vertical, the angle marked; typical: heels straight on the vertical);
 * below, the inner side of a foot (valgus: the arch flat on the floor; typical: an arch with
 * space under it). Everything the comparison says is in shapes and words, never in
 * colour alone, so it reads the same from a black-and-white printer.
 */
import { label } from '../blocks';
import type { Layout } from '../layout';
import { COLOR, SIZE } from '../theme';
import { type Box, Pen, type Pt } from './pen';

export type FootKind = 'valgus' | 'typical';

/** The names over the two columns, in the booklet's language. */
export type ValgusLabels = Record<FootKind, string>;

/** One lower leg from behind, the viewer's right one (s = 1) or its mirror (s = -1), in 200 × 128 units. */
const REAR_OUTLINE: Record<FootKind, readonly (readonly [number, number])[]> = {
  // Down the inner side from the knee (touching the other knee), round the heel, and the front of
  // the foot showing outwards, then up the outer side.
  valgus: [
    [2, 10],
    [3, 24],
    [7, 46],
    [12, 70],
    [14, 86],
    [13, 93],
    [18, 102],
    [22, 113],
    [32, 116],
    [46, 114],
    [50, 108],
    [41, 101],
    [36, 89],
    [31, 62],
    [28, 38],
    [24, 17],
    [13, 4],
  ],
  // Knees apart, the calf narrowing to an ankle straight over the heel; no toes show from behind.
  typical: [
    [8, 10],
    [7, 24],
    [9, 46],
    [13, 70],
    [15, 86],
    [14, 95],
    [14, 105],
    [17, 114],
    [26, 117],
    [35, 114],
    [38, 105],
    [38, 95],
    [36, 86],
    [38, 70],
    [41, 46],
    [38, 24],
    [30, 10],
    [19, 4],
  ],
};

/** The heel's axis, [top, bottom], and where the vertical through the heel runs. */
const HEEL: Record<FootKind, { axis: [Pt, Pt]; vertical: number }> = {
  valgus: {
    axis: [
      [15, 58],
      [30, 121],
    ],
    vertical: 26,
  },
  typical: {
    axis: [
      [26, 58],
      [26, 121],
    ],
    vertical: 26,
  },
};

function rearLeg(p: Pen, s: 1 | -1, kind: FootKind): void {
  const x = (u: number) => 100 + s * u;
  p.smooth(REAR_OUTLINE[kind].map(([u, v]) => [x(u), v] as Pt));
  p.fillStroke(COLOR.skin);
  const { axis, vertical } = HEEL[kind];
  // The vertical through the heel, dashed, then the heel's own axis over it: tilted outwards
  // (valgus, with the angle between them marked) or straight along it (typical).
  p.moveTo(x(vertical), 60).lineTo(x(vertical), 121);
  p.doc.dash(2.5, { space: 2 });
  p.stroke(COLOR.soft, 1.1);
  p.doc.undash();
  p.moveTo(x(axis[0][0]), axis[0][1]).lineTo(x(axis[1][0]), axis[1][1]);
  p.stroke(COLOR.accent, 1.8);
  if (kind === 'valgus') {
    p.moveTo(x(vertical), 76).quadTo([x(24), 75], [x(21), 77.5]);
    p.stroke(COLOR.accent, 1.3);
  }
}

/** The lower legs from behind, standing on the floor line. */
function rearView(doc: PDFKit.PDFDocument, box: Box, kind: FootKind): void {
  const p = new Pen(doc, box, { w: 120, h: 126, x0: 40, y0: 0 });
  p.moveTo(42, 117).lineTo(158, 117);
  p.stroke(COLOR.ink, 1.3);
  rearLeg(p, -1, kind);
  rearLeg(p, 1, kind);
}

/** The inner side of a right foot, heel left, toes right, standing on the floor line (y = 118). */
const FOOT_TOP: readonly Pt[] = [
  [10, 118],
  [8, 108],
  [13, 96],
  [14, 58],
  [26, 58],
  [27, 84],
  [34, 94],
  [50, 103],
  [62, 110],
  [63, 118],
];

/** Valgus: the whole inner edge on the floor. Typical: an arch rising between heel and ball. */
function sideView(doc: PDFKit.PDFDocument, box: Box, kind: FootKind): void {
  const p = new Pen(doc, box, { w: 72, h: 66, x0: 0, y0: 56 });
  const arch: Pt[] =
    kind === 'typical'
      ? [
          [54, 118],
          [45, 113],
          [34, 111],
          [23, 113],
          [16, 118],
        ]
      : [];
  p.smooth([...FOOT_TOP, ...arch]);
  p.fillStroke(COLOR.skin);
  p.moveTo(2, 119).lineTo(70, 119);
  p.stroke(COLOR.ink, 1.3);
}

const NAME = { font: 'semibold' as const, size: SIZE.small };
const NAME_LEAD = SIZE.small * 1.3;

/** Header (the column names, in `lines` lines) and the two rows' heights for a box. */
function grid(box: Box, lines: number): { colW: number; gutter: number; head: number; rearH: number; sideH: number } {
  const gutter = 12;
  const head = lines * NAME_LEAD + 4;
  const rest = box.h - head;
  return { colW: (box.w - gutter) / 2, gutter, head, rearH: rest * 0.62, sideH: rest * 0.38 };
}

/** The four drawings and the line between the columns: no text, so one stamp serves every booklet. */
function art(doc: PDFKit.PDFDocument, box: Box, lines: number): void {
  const g = grid(box, lines);
  (['valgus', 'typical'] as const).forEach((kind, i) => {
    const x = box.x + i * (g.colW + g.gutter);
    rearView(doc, { x, y: box.y + g.head, w: g.colW, h: g.rearH }, kind);
    sideView(doc, { x, y: box.y + g.head + g.rearH, w: g.colW, h: g.sideH }, kind);
  });
  const mid = box.x + g.colW + g.gutter / 2;
  doc
    .moveTo(mid, box.y + 2)
    .lineTo(mid, box.y + box.h - 2)
    .lineWidth(0.6)
    .stroke(COLOR.grey);
}

/** The height Fig. 1 wants for a width: two columns of a rear view over a side view. */
export function valgusFigureHeight(width: number): number {
  return Math.round(width * 0.95);
}

/** Fig. 1 in `box`, each column named ("Valgus foot", "Typical foot"; two lines where need be). */
export function valgusFigure(l: Layout, box: Box, labels: ValgusLabels): void {
  const colW = grid(box, 1).colW;
  const names = (['valgus', 'typical'] as const).map((kind) => l.metrics.wrap(labels[kind], NAME, colW - 4));
  const lines = Math.min(2, Math.max(...names.map((n) => n.length)));
  l.drawing(`valgus:compare:${lines}`, box, (b) => art(l.doc, b, lines));
  const g = grid(box, lines);
  names.forEach((name, i) => {
    const cx = box.x + i * (g.colW + g.gutter) + g.colW / 2;
    name.slice(0, 2).forEach((line, k) =>
      label(l, line, cx, box.y + k * NAME_LEAD, {
        ...NAME,
        color: i === 0 ? COLOR.accent : COLOR.ink,
        align: 'center',
      }),
    );
  });
}
