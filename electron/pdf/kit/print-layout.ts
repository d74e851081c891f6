/*
 * The small page machinery the appointment card and the day list share: a kit document
 * (document.ts), text measured and broken into lines by the kit's metrics, and tagging that also
 * nests (a table's rows and cells), which the booklet's flow layout does not need.
 */
import { collect, type DocumentInfo, openDocument } from './document';
import type { FontSet, FontStyle } from './fonts';
import type { Frame } from './frame';
import { Metrics } from './metrics';
import { artifact, type Struct, type StructOptions, StructureTree } from './tagging';
import { COLOR, LEADING } from './theme';

export type { DocumentInfo } from './document';
export type { Frame } from './frame';

export interface TextStyle {
  font?: FontStyle;
  size: number;
  color?: string;
  align?: 'left' | 'center' | 'right';
}

export interface Lines {
  lines: string[];
  style: Required<TextStyle>;
  lead: number;
  width: number;
  height: number;
}

export class PrintLayout {
  readonly metrics: Metrics;
  y: number;
  private readonly tree: StructureTree;
  private readonly bytes: Promise<Buffer>;

  private constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly fonts: FontSet,
    readonly frame: Frame,
    private readonly size: [number, number],
  ) {
    this.metrics = new Metrics(fonts);
    this.y = frame.top;
    this.tree = new StructureTree(doc, false);
    this.bytes = collect(doc);
  }

  /** A new tagged document (document.ts) laid out in `frame`. */
  static open(info: DocumentInfo, fonts: FontSet, frame: Frame): PrintLayout {
    return new PrintLayout(openDocument(info, fonts), fonts, frame, [frame.pageWidth, frame.pageHeight]);
  }

  newPage(): void {
    this.doc.addPage({ size: this.size, margins: { top: 0, bottom: 0, left: 0, right: 0 } });
    this.y = this.frame.top;
  }

  /** Starts a new page when less than `height` is left on this one. */
  ensure(height: number): boolean {
    if (this.y + height <= this.frame.bottom + 0.01) return false;
    this.newPage();
    return true;
  }

  /** Opens a tagged section (Sect > H1/P/Table/Figure). */
  section(title: string): void {
    this.tree.beginSection(title);
  }

  endSection(): void {
    this.tree.endSection();
  }

  /** A structure element that holds others (Table, TR), under `parent` or the current section. */
  group(type: string, parent?: Struct): Struct {
    return this.tree.group(type, parent);
  }

  /** Draws content as one structure element (P, H1, TD, Figure...). */
  tag(type: string, draw: () => void, options: StructOptions = {}, parent?: Struct): void {
    this.tree.tag(type, draw, options, parent);
  }

  /** Decoration without meaning of its own (rules, tints, boxes): screen readers skip it. */
  artifact(draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
    artifact(this.doc, draw, type);
  }

  width(text: string, style: TextStyle): number {
    return this.metrics.width(text, { font: style.font ?? 'regular', size: style.size });
  }

  /**
   * Text wrapped to `width`, measured. Every break opportunity is used as it comes (line-break.ts):
   * on a narrow card a double-barrelled name breaks at its hyphen rather than move whole.
   */
  lines(text: string, width: number, style: TextStyle): Lines {
    const full: Required<TextStyle> = {
      font: style.font ?? 'regular',
      size: style.size,
      color: style.color ?? COLOR.ink,
      align: style.align ?? 'left',
    };
    const lines = text === '' ? [] : this.metrics.wrap(text, { font: full.font, size: full.size }, width);
    const lead = full.size * LEADING;
    return { lines, style: full, lead, width, height: lines.length * lead };
  }

  /** Draws wrapped lines with their top at `y` (the caller tags them). */
  draw(t: Lines, x: number, y: number): void {
    const { font, size, color, align } = t.style;
    this.doc.font(font).fontSize(size).fillColor(color);
    t.lines.forEach((line, i) => {
      if (line === '') return;
      let dx = 0;
      if (align !== 'left') {
        const w = this.metrics.width(line, { font, size });
        dx = align === 'center' ? (t.width - w) / 2 : t.width - w;
      }
      this.doc.text(line, x + dx, y + i * t.lead, { lineBreak: false });
    });
  }

  /** Wraps, draws and tags a paragraph at (x, y); returns its height. */
  paragraph(text: string, x: number, y: number, width: number, style: TextStyle, tag = 'P'): number {
    const t = this.lines(text, width, style);
    if (t.lines.length > 0) this.tag(tag, () => this.draw(t, x, y));
    return t.height;
  }

  /** The text cut to fit `width` on one line, ending in "…" when cut. */
  fit(text: string, width: number, style: TextStyle): string {
    if (this.width(text, style) <= width) return text;
    const chars = Array.from(text);
    while (chars.length > 1 && this.width(`${chars.join('').trimEnd()}…`, style) > width) chars.pop();
    return `${chars.join('').trimEnd()}…`;
  }

  /** Runs `footer(page, pages)` on every page, then finishes the file. */
  async finish(footer: (page: number, pages: number) => void): Promise<Buffer> {
    this.endSection();
    const range = this.doc.bufferedPageRange();
    for (let i = 0; i < range.count; i++) {
      this.doc.switchToPage(range.start + i);
      footer(i + 1, range.count);
    }
    this.doc.end();
    return this.bytes;
  }
}
