/*
 * The building blocks sections are made of: headings, paragraphs, bullet lists, fixed drawings
 * and stacks that must stay together. Each is measured when it is made, for the flow in layout.ts.
 */
import type { FontStyle } from '../kit/fonts';
import type { Block, Layout } from './layout';
import { COLOR, LEADING, SIZE } from './theme';

export interface TextOptions {
  font?: FontStyle;
  size?: number;
  color?: string;
  /** Left indent from the frame (or from `x`). */
  indent?: number;
  x?: number;
  width?: number;
  space?: number;
  tag?: string;
  align?: 'left' | 'center' | 'right';
  /** The text's language when it is not the booklet's (its structure element's /Lang). */
  lang?: string;
}

export interface Lines {
  lines: string[];
  font: FontStyle;
  size: number;
  lead: number;
  color: string;
  align: 'left' | 'center' | 'right';
  width: number;
  /**
   * Lines that end inside a word (`cut[i]` for line i): one too long for the line, broken at a
   * hyphen or slash or cut between characters. The next line goes on with no space between.
   * Absent when no line ends inside a word.
   */
  cut?: readonly boolean[];
}

/** Wraps text into lines for a given width and style. */
export function linesOf(l: Layout, text: string, width: number, o: TextOptions = {}): Lines {
  const font = o.font ?? 'regular';
  const size = o.size ?? SIZE.body;
  const { lines, joined } = l.metrics.break(text, { font, size }, width);
  return {
    lines,
    font,
    size,
    lead: size * LEADING,
    color: o.color ?? COLOR.ink,
    align: o.align ?? 'left',
    width,
    cut: joined.includes(true) ? joined : undefined,
  };
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/**
 * The text drawn for one line: with a space after it, so the tagged text a screen reader speaks
 * (and a copy of the text) has a space at every line break, as the page shows. The space is
 * drawn past the line's end, where it moves nothing. A line cut inside a word gets none.
 */
export const spoken = (line: string, cut = false): string =>
  cut || line === '' || isSpace(line[line.length - 1]) ? line : `${line} `;

export const heightOf = (t: Lines): number => t.lines.length * t.lead;

/** Draws already-wrapped lines (the caller tags them). */
export function drawLines(l: Layout, t: Lines, x: number, y: number, from = 0, to = t.lines.length): void {
  const doc = l.doc;
  doc.font(t.font).fontSize(t.size).fillColor(t.color);
  for (let i = from; i < to; i++) {
    const line = t.lines[i]!;
    if (line === '') continue;
    let dx = 0;
    if (t.align !== 'left') {
      const w = l.metrics.width(line, { font: t.font, size: t.size });
      dx = t.align === 'center' ? (t.width - w) / 2 : t.width - w;
    }
    doc.text(spoken(line, t.cut?.[i]), x + dx, y + (i - from) * t.lead, { lineBreak: false });
  }
}

/** One line of text at a point, no wrapping (labels in figures and tables), with a space after it. */
export function label(l: Layout, text: string, x: number, y: number, o: TextOptions = {}): void {
  const size = o.size ?? SIZE.small;
  const font = o.font ?? 'regular';
  let dx = 0;
  if (o.align && o.align !== 'left') {
    const w = l.metrics.width(text, { font, size });
    dx = o.align === 'center' ? -w / 2 : -w;
  }
  l.doc
    .font(font)
    .fontSize(size)
    .fillColor(o.color ?? COLOR.ink);
  l.doc.text(spoken(text), x + dx, y, { lineBreak: false });
}

/**
 * A paragraph that may split between lines, never leaving one line alone at the bottom of a page
 * or at the top of the next (a paragraph of three lines or fewer stays whole).
 */
export function paragraph(l: Layout, text: string, o: TextOptions = {}): Block {
  const x = (o.x ?? l.frame.left) + (o.indent ?? 0);
  const width = o.width ?? l.frame.left + l.frame.width - x;
  return textBlock(l, linesOf(l, text, width, o), x, o.space ?? 6, o.tag ?? 'P', o.lang);
}

function textBlock(
  l: Layout,
  t: Lines,
  x: number,
  space: number,
  tag: string,
  lang: string | undefined,
  from = 0,
  to = t.lines.length,
): Block {
  const count = to - from;
  const minLines = count <= 3 ? count : 2;
  return {
    height: count * t.lead,
    space,
    minStart: minLines * t.lead,
    draw: (y) => l.tag(tag, () => drawLines(l, t, x, y, from, to), lang ? { lang } : {}),
    split: (avail) => {
      if (count <= 3) return null;
      const fit = Math.min(Math.floor((avail + 0.01) / t.lead), count - 2);
      if (fit < 2) return null;
      return [textBlock(l, t, x, space, tag, lang, from, from + fit), textBlock(l, t, x, 0, tag, lang, from + fit, to)];
    },
  };
}

/** A heading, kept with the start of what follows. */
export function heading(l: Layout, text: string, level: 1 | 2 | 3, o: TextOptions = {}): Block {
  const size = level === 1 ? SIZE.h1 : level === 2 ? SIZE.h2 : SIZE.h3;
  const t = linesOf(l, text, o.width ?? l.frame.width, { font: 'bold', size, color: COLOR.accent, ...o });
  const after = level === 1 ? 4 : 2;
  return {
    height: heightOf(t) + after,
    space: o.space ?? (level === 1 ? 0 : 12),
    minStart: heightOf(t) + after,
    keepWithNext: true,
    draw: (y) => l.tag(`H${level}`, () => drawLines(l, t, o.x ?? l.frame.left, y)),
  };
}

/** Bullet list items: each item is a paragraph with a round bullet drawn beside its first line. */
export function bullets(l: Layout, items: readonly string[], o: TextOptions = {}): Block[] {
  const indent = (o.indent ?? 0) + 14;
  return items.map((item, i) => {
    const p = paragraph(l, item, { ...o, indent, space: i === 0 ? (o.space ?? 6) : 3 });
    const x = (o.x ?? l.frame.left) + indent - 9;
    const size = o.size ?? SIZE.body;
    const withDot = (b: Block): Block => ({
      ...b,
      draw: (y) => {
        l.artifact(() => {
          l.doc.circle(x, y + size * 0.72, size * 0.16).fill(COLOR.accent);
        });
        b.draw(y);
      },
      split: b.split && ((avail) => wrapHead(b.split!(avail), withDot)),
    });
    return withDot(p);
  });
}

function wrapHead(parts: [Block, Block] | null, f: (b: Block) => Block): [Block, Block] | null {
  return parts ? [f(parts[0]), parts[1]] : null;
}

/** A fixed-height drawing or group that never splits. */
export function fixed(
  height: number,
  draw: (y: number) => void,
  o: { space?: number; keepWithNext?: boolean } = {},
): Block {
  return { height, space: o.space ?? 6, minStart: height, keepWithNext: o.keepWithNext ?? false, draw };
}

/** Vertical gap that disappears at the top of a page. */
export function gap(height: number): Block {
  return { height: 0, space: height, minStart: 0, draw: () => {} };
}

/** Blocks that must stay on one page together, drawn one under the other. */
export function together(blocks: readonly Block[], o: { space?: number; keepWithNext?: boolean } = {}): Block {
  let height = 0;
  const offsets: number[] = [];
  blocks.forEach((b, i) => {
    height += i === 0 ? 0 : b.space;
    offsets.push(height);
    height += b.height;
  });
  return {
    height,
    space: o.space ?? blocks[0]?.space ?? 0,
    minStart: height,
    keepWithNext: o.keepWithNext ?? false,
    draw: (y) => blocks.forEach((b, i) => b.draw(y + offsets[i]!)),
  };
}

/** Forces a page break before the block. */
export function onNewPage(block: Block): Block {
  return { ...block, pageBreakBefore: true };
}
