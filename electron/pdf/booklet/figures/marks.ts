/*
 * The marks every figure shares (design "Illustrations", "Colour and print"): solid arrows with
 * clear heads, numbered badges, diagonal hatching for "do not" zones with a "no" sign, and the
 * shapes the calendar uses instead of glyphs (tick boxes, intensity dots, faces).
 */
import { COLOR, STROKE } from '../theme';
import { type Pen, type Pt, r2 } from './pen';

const HEAD = 6.5;

/**
 * An arrow along a smooth path through `points` (figure units), head at the last point. A white
 * halo under the shaft keeps it visible over filled limbs, in colour and in greyscale.
 */
export function arrow(p: Pen, points: readonly Pt[], o: { color?: string; width?: number; halo?: boolean } = {}): void {
  const doc = p.doc;
  const color = o.color ?? COLOR.ink;
  const width = o.width ?? 1.5;
  const page = points.map(([u, v]) => [p.x(u), p.y(v)] as const);
  const end = page[page.length - 1]!;
  // With clamped ends the Catmull-Rom curve arrives along (end - previous point).
  const before = page[page.length - 2]!;
  const len = Math.hypot(end[0] - before[0], end[1] - before[1]) || 1;
  const [dx, dy] = [(end[0] - before[0]) / len, (end[1] - before[1]) / len];
  // The shaft stops inside the head so its round cap never pokes through the tip.
  const shaftEnd = [r2(end[0] - dx * HEAD * 0.7), r2(end[1] - dy * HEAD * 0.7)] as const;
  const shaft = [...page.slice(0, -1), shaftEnd];
  const trace = () => {
    doc.moveTo(shaft[0]![0], shaft[0]![1]);
    if (shaft.length === 2) doc.lineTo(shaftEnd[0], shaftEnd[1]);
    else smoothOpen(doc, shaft);
  };
  if (o.halo !== false) {
    trace();
    doc
      .lineWidth(width + 2.4)
      .lineCap('round')
      .lineJoin('round')
      .stroke(COLOR.white);
  }
  trace();
  doc.lineWidth(width).lineCap('round').lineJoin('round').stroke(color);
  const [nx, ny] = [-dy, dx];
  const base = [end[0] - dx * HEAD, end[1] - dy * HEAD];
  doc
    .moveTo(end[0], end[1])
    .lineTo(r2(base[0]! + (nx * HEAD) / 2), r2(base[1]! + (ny * HEAD) / 2))
    .lineTo(r2(base[0]! - (nx * HEAD) / 2), r2(base[1]! - (ny * HEAD) / 2))
    .closePath()
    .lineWidth(0.8)
    .lineJoin('round')
    .fillAndStroke(color, color);
}

function smoothOpen(doc: PDFKit.PDFDocument, pts: readonly (readonly [number, number])[]): void {
  const n = pts.length;
  const at = (i: number) => pts[Math.max(0, Math.min(n - 1, i))]!;
  for (let i = 0; i < n - 1; i++) {
    const [p0, p1, p2, p3] = [at(i - 1), at(i), at(i + 1), at(i + 2)];
    doc.bezierCurveTo(
      r2(p1[0] + (p2[0] - p0[0]) / 6),
      r2(p1[1] + (p2[1] - p0[1]) / 6),
      r2(p2[0] - (p3[0] - p1[0]) / 6),
      r2(p2[1] - (p3[1] - p1[1]) / 6),
      p2[0],
      p2[1],
    );
  }
}

/** A circular arrow around (u, v): radius in units, from angle a0 to a1 (degrees, clockwise on the page). */
export function circleArrow(p: Pen, u: number, v: number, r: number, a0: number, a1: number, color?: string): void {
  const steps = 8;
  const pts: Pt[] = [];
  for (let i = 0; i <= steps; i++) {
    const a = ((a0 + ((a1 - a0) * i) / steps) * Math.PI) / 180;
    pts.push([u + r * Math.cos(a), v + r * Math.sin(a)]);
  }
  arrow(p, pts, { color, width: 1.3 });
}

/**
 * Diagonal hatching inside the current path, then its outline: the "do not" zones that must
 * survive black-and-white printing (design "Colour and print").
 */
export function hatched(p: Pen, trace: () => void, o: { color?: string; spacing?: number; fill?: string } = {}): void {
  const doc = p.doc;
  const color = o.color ?? COLOR.ink;
  doc.save();
  trace();
  doc.clip();
  if (o.fill) {
    doc.rect(0, 0, 2000, 2000).fill(o.fill);
  }
  const s = o.spacing ?? 3.2;
  const { x: left, y: y0, w, h } = p.box;
  const [right, y1] = [left + w, y0 + h];
  for (let c = left - h; c < right; c += s) {
    doc.moveTo(r2(c), r2(y1)).lineTo(r2(c + (y1 - y0)), r2(y0));
  }
  doc.lineWidth(0.7).lineCap('butt').stroke(color);
  doc.restore();
  trace();
  doc.lineWidth(STROKE).lineJoin('round').dash(2.5, { space: 1.8 }).stroke(color);
  doc.undash();
}

/** The "no" sign: a circle with a slash, drawn at a page position (never mirrored). */
export function noSign(doc: PDFKit.PDFDocument, x: number, y: number, r: number): void {
  doc.circle(x, y, r).lineWidth(1.6).fillAndStroke(COLOR.white, COLOR.ink);
  const d = r * 0.7;
  doc
    .moveTo(x - d, y - d)
    .lineTo(x + d, y + d)
    .lineWidth(1.8)
    .lineCap('round')
    .stroke(COLOR.ink);
}

/** A tick box of `size` points (at least 5 mm on the calendar). */
export function tickBox(doc: PDFKit.PDFDocument, x: number, y: number, size: number): void {
  doc.roundedRect(x, y, size, size, 1.5).lineWidth(1).fillAndStroke(COLOR.white, COLOR.ink);
}

/** The width of three intensity dots of radius `r`, `gap` apart. */
export const dotsWidth = (r: number, gap = 2.5): number => 6 * r + 2 * gap;

/** Intensity as 1-3 filled dots of three, drawn as shapes (Noto Sans has no ● glyph). */
export function dots(doc: PDFKit.PDFDocument, x: number, cy: number, filled: number, r = 3, gap = 2.5): void {
  for (let i = 0; i < 3; i++) {
    const cx = x + r + i * (r * 2 + gap);
    doc.circle(cx, cy, r).lineWidth(0.9);
    if (i < filled) doc.fillAndStroke(COLOR.ink, COLOR.ink);
    else doc.fillAndStroke(COLOR.white, COLOR.ink);
  }
}

export type Mood = 'good' | 'soSo' | 'hard';

/** A small face to circle: eyes and a smiling, straight or down-turned mouth. */
export function face(doc: PDFKit.PDFDocument, cx: number, cy: number, r: number, mood: Mood): void {
  doc.circle(cx, cy, r).lineWidth(0.9).fillAndStroke(COLOR.white, COLOR.ink);
  const e = r * 0.36;
  doc.circle(cx - e, cy - r * 0.22, r * 0.11).fill(COLOR.ink);
  doc.circle(cx + e, cy - r * 0.22, r * 0.11).fill(COLOR.ink);
  const my = cy + r * 0.32;
  const w = r * 0.45;
  doc.moveTo(cx - w, my);
  if (mood === 'good') doc.quadraticCurveTo(cx, my + r * 0.4, cx + w, my);
  else if (mood === 'hard') doc.quadraticCurveTo(cx, my - r * 0.35, cx + w, my);
  else doc.lineTo(cx + w, my);
  doc.lineWidth(0.9).lineCap('round').stroke(COLOR.ink);
}
