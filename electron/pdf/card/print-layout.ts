/*
 * The small page machinery the appointment card and the day list share: a pdfkit document set up
 * like the booklet's (Noto Sans embedded, tagged PDF/UA, creation date from the input so the same
 * input gives the same bytes), text measured with the booklet's metrics, and tagging helpers that
 * also nest (a table's rows and cells), which the booklet's flow layout does not need.
 */
import PDFDocument from 'pdfkit';
import type { Language } from '../../../shared/contract/settings';
import { type FontSet, type FontStyle } from '../fonts';
import { Metrics } from '../booklet/metrics';
import { useSharedShaping } from '../booklet/shaping';
import { COLOR, LEADING } from '../booklet/theme';
import { XmlSafeString } from '../booklet/xml-safe-string';

export interface Frame {
  pageWidth: number;
  pageHeight: number;
  left: number;
  right: number;
  top: number;
  /** Where content stops (the footer sits below). */
  bottom: number;
  width: number;
}

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

type Struct = PDFKit.PDFStructureElement;
type StructOptions = { alt?: string; title?: string; lang?: string };

const STYLES: readonly FontStyle[] = ['regular', 'italic', 'semibold', 'bold'];

export interface DocumentInfo {
  title: string;
  author: string;
  subject: string;
  language: Language;
  /** The creation date: from the input, never the clock. */
  generatedAt: string;
}

export class PrintLayout {
  readonly metrics: Metrics;
  y: number;
  private sect: Struct | null = null;
  private readonly bytes: Promise<Buffer>;

  private constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly fonts: FontSet,
    readonly frame: Frame,
    private readonly size: [number, number],
  ) {
    this.metrics = new Metrics(fonts);
    this.y = frame.top;
    this.bytes = collect(doc);
  }

  /** A new tagged document; pages are kept open (bufferPages) so footers can say "page X of Y". */
  static open(info: DocumentInfo, fonts: FontSet, frame: Frame): PrintLayout {
    const options = {
      autoFirstPage: false,
      bufferPages: true,
      // No default font: pdfkit would otherwise load Helvetica, which cannot print Cyrillic.
      font: null,
      pdfVersion: '1.7',
      tagged: true,
      subset: 'PDF/UA',
      lang: info.language,
      displayTitle: true,
      info: {
        Title: new XmlSafeString(info.title),
        Author: new XmlSafeString(info.author),
        Subject: new XmlSafeString(info.subject),
        Creator: 'Valgo',
        Producer: 'Valgo (PDFKit)',
        CreationDate: new Date(info.generatedAt),
      },
    };
    const doc = new PDFDocument(options as unknown as PDFKit.PDFDocumentOptions);
    for (const style of STYLES) doc.registerFont(style, fonts[style] as never);
    doc.font('regular');
    useSharedShaping(doc, fonts, STYLES);
    return new PrintLayout(doc, fonts, frame, [frame.pageWidth, frame.pageHeight]);
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

  /** Opens a tagged section (Document > Sect > H1/P/Table/Figure). */
  section(title: string): void {
    this.endSection();
    this.sect = this.doc.struct('Sect', { title });
    this.doc.addStructure(this.sect);
  }

  endSection(): void {
    this.sect?.end();
    this.sect = null;
  }

  /** A structure element that holds others (Table, TR), under `parent` or the current section. */
  group(type: string, parent?: Struct): Struct {
    if (!parent && !this.sect) this.section('');
    const el = this.doc.struct(type);
    (parent ?? this.sect!).add(el);
    return el;
  }

  /** Draws content as one structure element (P, H1, TD, Figure...). */
  tag(type: string, draw: () => void, options: StructOptions = {}, parent?: Struct): void {
    if (!parent && !this.sect) this.section('');
    const el = this.doc.struct(type, options);
    (parent ?? this.sect!).add(el);
    el.add(draw);
    el.end();
  }

  /** Decoration without meaning of its own (rules, tints, boxes): screen readers skip it. */
  artifact(draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
  }

  width(text: string, style: TextStyle): number {
    return this.metrics.width(text, { font: style.font ?? 'regular', size: style.size });
  }

  /** Text wrapped to `width`, measured. */
  lines(text: string, width: number, style: TextStyle): Lines {
    const full: Required<TextStyle> = {
      font: style.font ?? 'regular',
      size: style.size,
      color: style.color ?? COLOR.ink,
      align: style.align ?? 'left',
    };
    const lines = text === '' ? [] : this.wrap(text, { font: full.font, size: full.size }, width);
    const lead = full.size * LEADING;
    return { lines, style: full, lead, width, height: lines.length * lead };
  }

  /**
   * Greedy line breaking at spaces and after hyphens: a double-barrelled name ("Petrova-Vodkina")
   * breaks at its hyphen instead of mid-word. A piece still too wide is cut by the booklet's metrics.
   */
  private wrap(text: string, style: { font: FontStyle; size: number }, width: number): string[] {
    const out: string[] = [];
    for (const paragraph of text.split('\n')) {
      let line = '';
      for (const word of paragraph.split(' ')) {
        if (word === '') continue;
        word.split(/(?<=-)(?=.)/).forEach((part, i) => {
          const next = line === '' ? part : `${line}${i === 0 ? ' ' : ''}${part}`;
          if (line !== '' && this.metrics.width(next, style) > width) {
            out.push(line);
            line = part;
          } else {
            line = next;
          }
        });
      }
      out.push(line);
    }
    return out.flatMap((line) => (line === '' ? [line] : this.metrics.wrap(line, style, width)));
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

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
