/*
 * kit/shaping.ts patches a private part of pdfkit (each document's EmbeddedFont `layout`). These
 * fail when that stops working, e.g. after a pdfkit upgrade: the patch no longer applies, or pdfkit
 * no longer draws and measures through it.
 */
import { describe, expect, it } from 'vitest';
import { FONT_STYLES, openDocument } from '../../../electron/pdf/kit/document';
import { loadFonts } from '../../../electron/pdf/kit/fonts';
import { Metrics } from '../../../electron/pdf/kit/metrics';
import { useSharedShaping } from '../../../electron/pdf/kit/shaping';

interface Layout {
  glyphs: { id: number }[];
  advanceWidth: number;
}
interface EmbeddedFont {
  layout(text: string): Layout;
  encode(text: string): [string[], unknown[]];
}

const fonts = loadFonts();
const INFO = { title: 't', author: 'a', subject: 's', language: 'en', generatedAt: '2025-01-01T00:00:00Z' } as const;
const embedded = (doc: PDFKit.PDFDocument) => (doc as unknown as { _font: EmbeddedFont })._font;
/** pdfkit's own layout, the one the patch shadows. */
const pdfkitLayout = (font: EmbeddedFont, text: string): Layout =>
  (Object.getPrototypeOf(font) as EmbeddedFont).layout.call(font, text);

// "office" has an ffi ligature and "AV" / "Tw" kerning pairs in Noto Sans: pdfkit's own shaping
// changes both the glyphs and the width, the shared runs change neither.
const TEXT = 'office AVAV Tw';

describe('shared shaping on pdfkit (kit/shaping.ts)', () => {
  it('applies to every style of a new document', () => {
    const doc = openDocument(INFO, fonts);
    expect(useSharedShaping(doc, fonts, FONT_STYLES)).toEqual([...FONT_STYLES]);
    for (const style of FONT_STYLES) {
      doc.font(style);
      expect(Object.hasOwn(embedded(doc), 'layout'), style).toBe(true);
    }
  });

  it("is what pdfkit measures with: doc.widthOfString equals the kit's metrics", () => {
    const doc = openDocument(INFO, fonts);
    const metrics = new Metrics(fonts);
    for (const style of FONT_STYLES) {
      doc.font(style).fontSize(10);
      expect(doc.widthOfString(TEXT), style).toBeCloseTo(metrics.width(TEXT, { font: style, size: 10 }), 9);
      // Without the patch pdfkit would kern: the comparison above could not pass by chance.
      expect(pdfkitLayout(embedded(doc), TEXT).advanceWidth / 100).not.toBeCloseTo(
        metrics.width(TEXT, { font: style, size: 10 }),
        3,
      );
    }
  });

  it('is what pdfkit draws with: one glyph per character, straight from the character map', () => {
    const doc = openDocument(INFO, fonts);
    doc.font('regular');
    const font = embedded(doc);
    const [encoded] = font.encode('office');
    expect(encoded).toHaveLength(6);
    expect(font.layout('office').glyphs.map((g) => g.id)).toEqual(
      [...'office'].map((c) => fonts.regular.glyphForCodePoint(c.codePointAt(0)!).id),
    );
    // pdfkit's own layout joins "ffi" into one ligature glyph.
    expect(pdfkitLayout(font, 'office').glyphs.length).toBeLessThan(6);
  });

  it('leaves a font alone when the private shape is not what it expects', () => {
    const doc = openDocument(INFO, fonts);
    const other = loadFonts();
    // A font set whose parsed fonts are not the ones embedded: the guard must refuse it.
    const stranger = { ...other, regular: { ...other.regular } } as typeof other;
    expect(useSharedShaping(doc, stranger, ['regular'])).toEqual([]);
  });
});
