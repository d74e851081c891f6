/*
 * Text measuring and line breaking for the booklet. The layout needs every paragraph's height
 * before it draws (keep-together blocks, page breaks), so it wraps text itself instead of letting
 * pdfkit flow it. Words are shaped once per process (shaping.ts): the same few thousand words
 * recur in every booklet, and shaping is the costly part.
 */
import type { FontSet, FontStyle, ParsedFont } from '../fonts';
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
  constructor(readonly fonts: FontSet) {}

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

  /**
   * Greedy line breaking at spaces; `\n` starts a new line and blank lines are kept (notes are
   * printed verbatim). A word wider than the line is cut between characters rather than overflow.
   */
  wrap(text: string, style: TextStyle, width: number): string[] {
    const lines: string[] = [];
    const space = this.width(' ', style);
    // A tab (allowed in notes) has no glyph in the font: it prints as a space.
    for (const paragraph of text.replace(/\t/g, ' ').split('\n')) {
      let line = '';
      let lineWidth = 0;
      for (const word of paragraph.split(' ')) {
        if (word === '') continue;
        const w = this.width(word, style);
        if (line !== '' && lineWidth + space + w <= width) {
          line += ' ' + word;
          lineWidth += space + w;
          continue;
        }
        if (line !== '') lines.push(line);
        if (w <= width) {
          line = word;
          lineWidth = w;
          continue;
        }
        const pieces = this.cut(word, style, width);
        lines.push(...pieces.slice(0, -1));
        line = pieces.at(-1) ?? '';
        lineWidth = this.width(line, style);
      }
      lines.push(line);
    }
    return lines;
  }

  /** Splits one over-long word into pieces that each fit `width`. */
  private cut(word: string, style: TextStyle, width: number): string[] {
    // Characters are measured one by one (no kerning across them): a 5,000-character run without a
    // space must not put every prefix of itself into the cache. The small slack covers kerning.
    const limit = width * 0.98;
    const pieces: string[] = [];
    let piece = '';
    let pieceWidth = 0;
    for (const ch of word) {
      const w = this.width(ch, style);
      if (piece !== '' && pieceWidth + w > limit) {
        pieces.push(piece);
        piece = '';
        pieceWidth = 0;
      }
      piece += ch;
      pieceWidth += w;
    }
    pieces.push(piece);
    return pieces;
  }
}
