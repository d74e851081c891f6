/*
 * A column of text parts measured as one unit, and a picture beside it: a step with its figure,
 * or a paragraph with its illustration. The pair never splits across pages (design "Page").
 */
import { drawLines, heightOf, linesOf, type TextOptions } from './blocks';
import { type BoxOptions, textBox } from './box';
import type { Block, Layout } from './layout';
import { COLOR, SIZE } from './theme';
import type { Box } from './figures/pen';

interface Part {
  height: number;
  space: number;
  draw(y: number): void;
}

export class Column {
  private readonly parts: Part[] = [];

  constructor(
    readonly l: Layout,
    readonly x: number,
    readonly width: number,
  ) {}

  /** A paragraph; `bullet` draws a round bullet and indents the text. */
  text(text: string, o: TextOptions & { bullet?: boolean } = {}): this {
    const indent = o.bullet ? 14 : 0;
    const t = linesOf(this.l, text, this.width - indent, o);
    const size = o.size ?? SIZE.body;
    this.parts.push({
      height: heightOf(t),
      space: o.space ?? 4,
      draw: (y) => {
        if (o.bullet)
          this.l.artifact(() => this.l.doc.circle(this.x + 5, y + size * 0.72, size * 0.16).fill(COLOR.accent));
        this.l.tag(o.tag ?? 'P', () => drawLines(this.l, t, this.x + indent, y));
      },
    });
    return this;
  }

  /** A drawn row (icons, a tick box line) of known height. */
  custom(height: number, draw: (x: number, y: number, width: number) => void, space = 6): this {
    this.parts.push({ height, space, draw: (y) => draw(this.x, y, this.width) });
    return this;
  }

  box(o: BoxOptions): this {
    const b = textBox(this.l, { ...o, x: this.x, width: this.width });
    this.parts.push({ height: b.height, space: o.space ?? 8, draw: (y) => b.draw(y) });
    return this;
  }

  get height(): number {
    return this.parts.reduce((h, p, i) => h + p.height + (i === 0 ? 0 : p.space), 0);
  }

  draw(y: number): void {
    let at = y;
    this.parts.forEach((p, i) => {
      if (i > 0) at += p.space;
      p.draw(at);
      at += p.height;
    });
  }
}

export interface Picture {
  width: number;
  height: number;
  alt: string;
  draw(box: Box): void;
}

/** The column with a picture at its left or right, top-aligned; one unsplittable block. */
export function withPicture(
  l: Layout,
  column: Column,
  picture: Picture | null,
  o: { space?: number; keepWithNext?: boolean } = {},
): Block {
  const height = Math.max(column.height, picture?.height ?? 0);
  return {
    height,
    space: o.space ?? 10,
    minStart: height,
    keepWithNext: o.keepWithNext,
    draw: (y) => {
      if (picture) {
        const left = column.x > l.frame.left + 1;
        const box = {
          x: left ? l.frame.left : l.frame.right - picture.width,
          y,
          w: picture.width,
          h: picture.height,
        };
        l.tag('Figure', () => picture.draw(box), { alt: picture.alt });
      }
      column.draw(y);
    },
  };
}

/** Where the column goes when a picture of `pictureWidth` sits at `side`. */
export function columnBeside(l: Layout, pictureWidth: number, side: 'left' | 'right', gutter = 16): Column {
  const width = l.frame.width - pictureWidth - gutter;
  return new Column(l, side === 'left' ? l.frame.left + pictureWidth + gutter : l.frame.left, width);
}
