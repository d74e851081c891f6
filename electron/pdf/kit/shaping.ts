/*
 * Text shaping for everything Valgo prints, shared by every document in the process.
 *
 * Glyphs come straight from the font's character map with their advance widths, after NFC
 * normalisation (so "e" + combining diaeresis prints as the one glyph "ë"). fontkit's full
 * OpenType shaping was measured at two thirds of a first render: decoding Noto Sans's GSUB and
 * GPOS tables costs 60-130 ms per weight and every new word about 0.2 ms, for kerning pairs and
 * fi/fl ligatures that are hard to see at 11-20 pt (compared side by side at 150 dpi). Printed text
 * is Latin, Cyrillic and Greek, which need no other shaping.
 *
 * Each word is shaped once per process: the measuring (metrics.ts) and pdfkit's drawing
 * (useSharedShaping below) read the same run, where pdfkit alone would shape every word again
 * in every document.
 */
import type { FontSet, FontStyle, ParsedFont } from './fonts';

/** A shaped run as pdfkit's EmbeddedFont uses it: positions in 1000-per-em units. */
export interface Run {
  glyphs: unknown[];
  positions: Record<string, number>[];
  advanceWidth: number;
}

/** Two generations: the hot words of recent booklets stay, free text from long ago is let go. */
const GENERATION = 20_000;
const caches = new WeakMap<ParsedFont, { current: Map<string, Run>; previous: Map<string, Run> }>();

function simpleShape(font: ParsedFont, text: string): Run {
  const scale = 1000 / font.unitsPerEm;
  const glyphs: { id: number; advanceWidth: number; codePoints: number[] }[] = [];
  const positions: Record<string, number>[] = [];
  let advanceWidth = 0;
  for (const ch of text.normalize('NFC')) {
    const codePoint = ch.codePointAt(0)!;
    const glyph = font.glyphForCodePoint(codePoint);
    // Our own record, not fontkit's cached Glyph: fontkit keeps the code point a glyph was first
    // asked for (a no-break space and a space share one glyph), and pdfkit writes those into the
    // text layer, so the bytes would depend on what the process rendered before.
    glyphs.push({ id: glyph.id, advanceWidth: glyph.advanceWidth, codePoints: [codePoint] });
    const w = glyph.advanceWidth * scale;
    positions.push({ xAdvance: w, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: w });
    advanceWidth += w;
  }
  return { glyphs, positions, advanceWidth };
}

export function shape(font: ParsedFont, text: string): Run {
  let cache = caches.get(font);
  if (!cache) {
    cache = { current: new Map(), previous: new Map() };
    caches.set(font, cache);
  }
  let run = cache.current.get(text);
  if (run) return run;
  run = cache.previous.get(text) ?? simpleShape(font, text);
  if (cache.current.size >= GENERATION) {
    cache.previous = cache.current;
    cache.current = new Map();
  }
  cache.current.set(text, run);
  return run;
}

/** The private part of pdfkit 0.20's EmbeddedFont (js/font/embedded.js) this relies on. */
interface PdfkitEmbeddedFont {
  /** The fontkit font it embeds: ours, parsed once per process (fonts.ts). */
  font: unknown;
  /** Glyphs and positions of `text`; `encode` (drawing) and `widthOfString` (measuring) call it. */
  layout(text: string, features?: unknown, onlyWidth?: boolean): unknown;
}

/**
 * Makes pdfkit draw and measure text with the runs above instead of its own shaping.
 *
 * What pdfkit does unpatched: `doc.text()` encodes each line through the current font's
 * `EmbeddedFont.encode`, and `doc.widthOfString` through `widthOfString`; both call the
 * instance's `layout(text, features, onlyWidth)`. That splits the text after every space or tab,
 * runs each piece (word plus its space) through fontkit's full OpenType layout (GSUB ligatures
 * such as "ffi", GPOS kerning such as "AV") and caches the result per document.
 *
 * What this does: for each style it selects the font, so pdfkit creates the document's
 * EmbeddedFont (`doc._font`), and puts an own `layout` property on that instance, shadowing the
 * prototype method. Called without OpenType features (Valgo never passes any) it splits at
 * spaces, takes each word and each space from `shape`, and returns glyph records with `id`,
 * `advanceWidth` (font units) and `codePoints`, positions in 1000-per-em units: the shape pdfkit's
 * own `layoutRun` returns, which `encode` reads to subset the font, write the widths and build the
 * ToUnicode map. So the drawn glyphs are exactly the measured ones: no ligatures, no kerning, and
 * a line never comes out wider than metrics.ts said. With features it calls pdfkit's own layout.
 *
 * It depends on private pdfkit 0.20 internals (`doc._font`, its `font` and `layout`, and what
 * `encode` reads from the result). When they do not look as expected the font is left alone and
 * not returned; text then still prints, but drawn with fontkit's kerning and ligatures while
 * measured without them (lines can run past their width by a kerning's worth), slower, and with
 * the ToUnicode bytes depending on what the process drew before (fontkit's glyph cache).
 * tests/unit/pdf/shaping.test.ts fails when that happens, e.g. after a pdfkit upgrade.
 *
 * Returns the styles it patched.
 */
export function useSharedShaping(doc: PDFKit.PDFDocument, fonts: FontSet, styles: readonly FontStyle[]): FontStyle[] {
  const patched: FontStyle[] = [];
  for (const style of styles) {
    doc.font(style);
    const embedded = (doc as unknown as { _font?: PdfkitEmbeddedFont })._font;
    if (!embedded || embedded.font !== fonts[style] || typeof embedded.layout !== 'function') continue;
    const parsed = fonts[style];
    const original = embedded.layout.bind(embedded);
    embedded.layout = (text: string, features?: unknown, onlyWidth?: boolean) => {
      if (features) return original(text, features, onlyWidth);
      const glyphs: unknown[] = [];
      const positions: Record<string, number>[] = [];
      let advanceWidth = 0;
      const add = (part: string) => {
        const run = shape(parsed, part);
        if (!onlyWidth) {
          for (const g of run.glyphs) glyphs.push(g);
          for (const p of run.positions) positions.push(p);
        }
        advanceWidth += run.advanceWidth;
      };
      let start = 0;
      for (let i = 0; i <= text.length; i++) {
        if (i < text.length && text.charCodeAt(i) !== 32) continue;
        if (i > start) add(text.slice(start, i));
        if (i < text.length) add(' ');
        start = i + 1;
      }
      return { glyphs: onlyWidth ? null : glyphs, positions: onlyWidth ? null : positions, advanceWidth };
    };
    patched.push(style);
  }
  return patched;
}
