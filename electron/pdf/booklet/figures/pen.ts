/*
 * Drawing in a figure's own units. Each figure is designed once in a small coordinate system
 * (its "view") and mapped into the box it gets on the page, optionally mirrored for the other
 * side. The mapping is done on coordinates, not with a PDF transform, so strokes keep their real
 * 1.2-1.5 pt width at any size and the labels drawn inside are never mirrored.
 */
import { COLOR, STROKE } from '../theme';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export type Pt = readonly [number, number];

const KAPPA = 0.5522847498;
export const r2 = (n: number): number => Math.round(n * 100) / 100;

export class Pen {
  /** Points per unit. */
  readonly s: number;
  private readonly ox: number;
  private readonly oy: number;

  /**
   * `view` is the part of the figure's units to show (x0/y0 crop a larger drawing, e.g. the
   * legs of the whole-body figure); it is centred in `box` at the largest scale that fits.
   */
  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly box: Box,
    readonly view: { w: number; h: number; x0?: number; y0?: number },
    readonly mirror = false,
  ) {
    this.s = Math.min(box.w / view.w, box.h / view.h);
    this.ox = box.x + (box.w - view.w * this.s) / 2 - (mirror ? -(view.x0 ?? 0) : (view.x0 ?? 0)) * this.s;
    this.oy = box.y + (box.h - view.h * this.s) / 2 - (view.y0 ?? 0) * this.s;
  }

  // Page coordinates are rounded to 1/100 pt: invisible, and pdfkit would otherwise write six
  // decimals for every point of every curve, tripling the size of a figure's content stream.
  x(u: number): number {
    return r2(this.mirror ? this.ox + (this.view.w - u) * this.s : this.ox + u * this.s);
  }

  y(v: number): number {
    return r2(this.oy + v * this.s);
  }

  /** Page-space rectangle of the visible view, for clipping a cropped drawing. */
  clipToView(): void {
    const w = this.view.w * this.s;
    const h = this.view.h * this.s;
    this.doc.rect(this.box.x + (this.box.w - w) / 2, this.box.y + (this.box.h - h) / 2, w, h).clip();
  }

  moveTo(u: number, v: number): this {
    this.doc.moveTo(this.x(u), this.y(v));
    return this;
  }

  lineTo(u: number, v: number): this {
    this.doc.lineTo(this.x(u), this.y(v));
    return this;
  }

  curveTo(c1: Pt, c2: Pt, p: Pt): this {
    this.doc.bezierCurveTo(this.x(c1[0]), this.y(c1[1]), this.x(c2[0]), this.y(c2[1]), this.x(p[0]), this.y(p[1]));
    return this;
  }

  quadTo(c: Pt, p: Pt): this {
    this.doc.quadraticCurveTo(this.x(c[0]), this.y(c[1]), this.x(p[0]), this.y(p[1]));
    return this;
  }

  poly(points: readonly Pt[], closed = true): this {
    points.forEach(([u, v], i) => (i === 0 ? this.moveTo(u, v) : this.lineTo(u, v)));
    if (closed) this.doc.closePath();
    return this;
  }

  /** A smooth curve through the points (Catmull-Rom as cubic Béziers): organic outlines from a few points. */
  smooth(points: readonly Pt[], closed = true): this {
    const n = points.length;
    const at = (i: number): Pt => (closed ? points[(i + n) % n]! : points[Math.max(0, Math.min(n - 1, i))]!);
    this.moveTo(points[0]![0], points[0]![1]);
    const last = closed ? n : n - 1;
    for (let i = 0; i < last; i++) {
      const [p0, p1, p2, p3] = [at(i - 1), at(i), at(i + 1), at(i + 2)];
      this.curveTo(
        [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6],
        [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6],
        p2,
      );
    }
    if (closed) this.doc.closePath();
    return this;
  }

  circle(u: number, v: number, r: number): this {
    return this.ellipse(u, v, r, r);
  }

  /** Four Bézier quarters, like pdfkit's ellipse, but with rounded numbers. */
  ellipse(u: number, v: number, rx: number, ry: number): this {
    const [x, y, a, b] = [this.x(u), this.y(v), rx * this.s, ry * this.s];
    const [ka, kb] = [r2(a * KAPPA), r2(b * KAPPA)];
    const d = this.doc;
    d.moveTo(r2(x - a), y);
    d.bezierCurveTo(r2(x - a), r2(y - kb), r2(x - ka), r2(y - b), x, r2(y - b));
    d.bezierCurveTo(r2(x + ka), r2(y - b), r2(x + a), r2(y - kb), r2(x + a), y);
    d.bezierCurveTo(r2(x + a), r2(y + kb), r2(x + ka), r2(y + b), x, r2(y + b));
    d.bezierCurveTo(r2(x - ka), r2(y + b), r2(x - a), r2(y + kb), r2(x - a), y);
    d.closePath();
    return this;
  }

  roundedRect(u: number, v: number, w: number, h: number, r: number): this {
    const left = this.mirror ? this.x(u + w) : this.x(u);
    this.doc.roundedRect(left, this.y(v), w * this.s, h * this.s, r * this.s);
    return this;
  }

  stroke(color: string = COLOR.ink, width: number = STROKE): void {
    this.doc.lineWidth(width).lineJoin('round').lineCap('round').stroke(color);
  }

  fill(color: string): void {
    this.doc.fill(color);
  }

  fillStroke(fill: string, stroke: string = COLOR.ink, width: number = STROKE): void {
    this.doc.lineWidth(width).lineJoin('round').lineCap('round').fillAndStroke(fill, stroke);
  }

  /** Draws `shape` filled and outlined. */
  shape(draw: (p: this) => void, fill: string, stroke: string = COLOR.ink, width: number = STROKE): void {
    draw(this);
    this.fillStroke(fill, stroke, width);
  }
}

/** Points rotated by `deg` degrees (clockwise on the page) around (cx, cy): one shape, many poses. */
export function rotate(points: readonly Pt[], deg: number, cx: number, cy: number): Pt[] {
  const a = (deg * Math.PI) / 180;
  const [c, s] = [Math.cos(a), Math.sin(a)];
  return points.map(([x, y]) => [cx + (x - cx) * c - (y - cy) * s, cy + (x - cx) * s + (y - cy) * c] as Pt);
}

/** Points moved by (dx, dy) and scaled by k around the origin of the shape. */
export function place(points: readonly Pt[], dx: number, dy: number, k = 1): Pt[] {
  return points.map(([x, y]) => [dx + x * k, dy + y * k] as Pt);
}
