/*
 * Framed text boxes: the specialist's notes ("From Dr …"), step notes, cautions and banners.
 * A box of free text may be long (a 5,000-character note), so it splits between lines and each
 * part is drawn as a whole box with its label repeated, never as an open frame.
 */
import { drawLines, heightOf, type Lines, linesOf } from './blocks';
import type { Block, Layout } from './layout';
import { COLOR, SIZE } from './theme';

export interface BoxOptions {
  label?: string;
  text: string;
  /** Extra paragraphs after `text`, in the same box. */
  more?: readonly string[];
  fill?: string;
  border?: string;
  borderWidth?: number;
  /** Room at the left for an icon, drawn centred on (cx, cy) beside the first line (radius 10 at most). */
  icon?: (cx: number, cy: number) => void;
  font?: 'regular' | 'semibold' | 'italic';
  size?: number;
  space?: number;
  x?: number;
  width?: number;
  keepWithNext?: boolean;
  /** The label's structure type (a heading inside the box, or a plain paragraph). */
  labelTag?: string;
}

const PAD = 9;
const ICON_W = 32;

export function textBox(l: Layout, o: BoxOptions): Block {
  const x = o.x ?? l.frame.left;
  const width = o.width ?? l.frame.width;
  const inner = width - 2 * PAD - (o.icon ? ICON_W : 0);
  const labelLines = o.label
    ? linesOf(l, o.label, inner, { font: 'bold', size: SIZE.body, color: COLOR.accent })
    : null;
  const body = linesOf(l, [o.text, ...(o.more ?? [])].filter((s) => s !== '').join('\n'), inner, {
    font: o.font ?? 'regular',
    size: o.size ?? SIZE.body,
  });
  return part(l, o, x, width, labelLines, body, 0, body.lines.length);
}

function part(
  l: Layout,
  o: BoxOptions,
  x: number,
  width: number,
  labelLines: Lines | null,
  body: Lines,
  from: number,
  to: number,
): Block {
  const labelH = labelLines ? heightOf(labelLines) + 2 : 0;
  const chrome = 2 * PAD + labelH;
  const count = to - from;
  const height = chrome + count * body.lead;
  const minLines = Math.min(count, 2);
  return {
    height,
    space: from === 0 ? (o.space ?? 8) : 0,
    minStart: chrome + minLines * body.lead,
    keepWithNext: o.keepWithNext,
    draw: (y) => {
      l.artifact(() => {
        l.doc
          .roundedRect(x, y, width, height, 5)
          .lineWidth(o.borderWidth ?? 1.2)
          .fillAndStroke(o.fill ?? COLOR.tint, o.border ?? COLOR.accent);
        if (o.icon) o.icon(x + PAD + 10, y + PAD + 9);
      });
      const tx = x + PAD + (o.icon ? ICON_W : 0);
      if (labelLines) l.tag(o.labelTag ?? 'P', () => drawLines(l, labelLines, tx, y + PAD));
      if (count > 0) l.tag('P', () => drawLines(l, body, tx, y + PAD + labelH, from, to));
    },
    split: (avail) => {
      const fit = Math.min(Math.floor((avail - chrome + 0.01) / body.lead), count - 2);
      if (fit < 2 || count < 4) return null;
      // The continued box starts with text, not with the blank line between two paragraphs.
      let next = from + fit;
      while (next < to - 1 && body.lines[next] === '') next++;
      return [
        part(l, o, x, width, labelLines, body, from, from + fit),
        part(l, o, x, width, labelLines, body, next, to),
      ];
    },
  };
}
