/*
 * Text measuring and line breaking. The layouts need every paragraph's height before they draw
 * (keep-together blocks, page breaks, table rows), so they break text into lines themselves
 * (line-break.ts) and draw each line with pdfkit's line breaking off. Words are shaped once per
 * process (shaping.ts): the same few thousand words recur in every booklet, and shaping is the
 * costly part.
 */
import type { FontSet, FontStyle, ParsedFont } from './fonts';
import { type BreakOptions, breakLines, type BrokenText } from './line-break';
import { shape } from './shaping';

/** Width of `text` at 1 pt, shaped (kerning, ligatures) exactly as pdfkit will draw it. */
function unitWidth(font: ParsedFont, text: string): number {
  return shape(font, text).advanceWidth / 1000;
}

export interface TextStyle {
  font: FontStyle;
  size: number;
}

export class Metrics {
  /** `breaking`: how `wrap` breaks lines by default (line-break.ts). */
  constructor(
    readonly fonts: FontSet,
    private readonly breaking: BreakOptions = {},
  ) {}

  /** Width in points: the sum of the words and spaces, the runs pdfkit draws (shaping.ts). */
  width(text: string, style: TextStyle): number {
    const font = this.fonts[style.font];
    let total = 0;
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i === text.length || text.charCodeAt(i) === 32) {
        if (i > start) total += unitWidth(font, text.slice(start, i));
        if (i < text.length) total += unitWidth(font, ' ');
        start = i + 1;
      }
    }
    return total * style.size;
  }

  /** `text` broken into lines no wider than `width` points (line-break.ts). */
  wrap(text: string, style: TextStyle, width: number): string[] {
    return this.break(text, style, width).lines;
  }

  /** The lines, and which of them end inside a word (the next goes on with no space between). */
  break(text: string, style: TextStyle, width: number): BrokenText {
    return breakLines(text, width, (part) => this.width(part, style), this.breaking);
  }
}
