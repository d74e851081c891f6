/*
 * Fig. 1: what valgus foot looks like. Left, a standing child's lower legs from behind: knees
 * close together, heels tilting outwards from the vertical reference lines (the angle marked).
 * Right, the inner side of a foot: the flattened arch, with a typical arch drawn lightly above it.
 */
import { COLOR } from '../theme';
import { type Box, Pen, type Pt } from './pen';

function rearLeg(p: Pen, s: 1 | -1): void {
  const x = (u: number) => 100 + s * u;
  // Down the inner side from the knee (touching the other knee), round the heel, and the front of
  // the foot showing outwards, then up the outer side.
  const outline: Pt[] = [
    [x(2), 10],
    [x(3), 24],
    [x(7), 46],
    [x(12), 70],
    [x(14), 86],
    [x(13), 93],
    [x(18), 102],
    [x(22), 113],
    [x(32), 116],
    [x(46), 114],
    [x(50), 108],
    [x(41), 101],
    [x(36), 89],
    [x(31), 62],
    [x(28), 38],
    [x(24), 17],
    [x(13), 4],
  ];
  p.smooth(outline);
  p.fillStroke(COLOR.skin);
  // Heel axis (tilting out) against the vertical through the heel, with the angle between them.
  const hx = x(26);
  p.moveTo(hx, 60).lineTo(hx, 121);
  p.doc.dash(2.5, { space: 2 });
  p.stroke(COLOR.soft, 1.1);
  p.doc.undash();
  p.moveTo(x(15), 58).lineTo(x(30), 121);
  p.stroke(COLOR.accent, 1.8);
  p.moveTo(hx, 76).quadTo([x(24), 75], [x(21), 77.5]);
  p.stroke(COLOR.accent, 1.3);
}

/** Side view of the inner edge of a foot: flat arch (solid) and a typical arch (light, dashed). */
function arch(p: Pen): void {
  const foot: Pt[] = [
    [194, 58],
    [206, 58],
    [207, 84],
    [214, 94],
    [230, 103],
    [242, 110],
    [243, 118],
    [190, 118],
    [188, 108],
    [193, 96],
  ];
  p.smooth(foot);
  p.fillStroke(COLOR.skin);
  p.moveTo(196, 118).quadTo([216, 104], [236, 118]);
  p.doc.dash(2.5, { space: 2 });
  p.stroke(COLOR.soft, 1.3);
  p.doc.undash();
  p.moveTo(184, 119).lineTo(248, 119);
  p.stroke(COLOR.ink, 1.3);
}

export function valgusFigure(doc: PDFKit.PDFDocument, box: Box): void {
  const p = new Pen(doc, box, { w: 252, h: 128 });
  p.moveTo(44, 117).lineTo(156, 117);
  p.stroke(COLOR.ink, 1.3);
  rearLeg(p, -1);
  rearLeg(p, 1);
  arch(p);
}
