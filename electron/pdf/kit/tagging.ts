/*
 * PDF/UA structure: every drawn thing is either tagged content in reading order (Sect > H1, P,
 * Table > TR > TD, Figure with alt text) or an artifact that screen readers skip (rules, tints,
 * page numbers). pdfkit builds the tree; this keeps track of the open section.
 */
export type Struct = PDFKit.PDFStructureElement;
export interface StructOptions {
  alt?: string;
  title?: string;
  lang?: string;
}

export class StructureTree {
  private root: Struct | null = null;
  private sect: Struct | null = null;

  /**
   * `documentRoot`: hang the sections from one Document element, as tagged PDF asks for
   * (ISO 32000-1 14.7.2); otherwise pdfkit's addStructure hangs each from the StructTreeRoot.
   */
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly documentRoot: boolean,
  ) {}

  get section(): Struct | null {
    return this.sect;
  }

  /** Closes any open section and opens a new one. */
  beginSection(title: string): void {
    this.endSection();
    const sect = this.doc.struct('Sect', title ? { title } : {});
    if (this.documentRoot) this.documentElement().add(sect);
    else this.doc.addStructure(sect);
    this.sect = sect;
  }

  endSection(): void {
    this.sect?.end();
    this.sect = null;
  }

  /** Closes the last section and the Document element: nothing more is tagged after this. */
  endDocument(): void {
    this.endSection();
    this.root?.end();
  }

  /** A structure element that holds others (Table, TR), under `parent` or the current section. */
  group(type: string, parent?: Struct): Struct {
    const el = this.doc.struct(type);
    (parent ?? this.current()).add(el);
    return el;
  }

  /** Draws content as one structure element (P, H1, TD, Figure...) under `parent` or the section. */
  tag(type: string, draw: () => void, options: StructOptions = {}, parent?: Struct): void {
    const el = this.doc.struct(type, options);
    (parent ?? this.current()).add(el);
    el.add(draw);
    el.end();
  }

  /** The open section; an untitled one is opened when there is none. */
  private current(): Struct {
    if (!this.sect) this.beginSection('');
    return this.sect!;
  }

  private documentElement(): Struct {
    if (!this.root) {
      this.root = this.doc.struct('Document');
      this.doc.addStructure(this.root);
    }
    return this.root;
  }
}

/** Decoration without meaning of its own (rules, tints, boxes, page numbers): screen readers skip it. */
export function artifact(doc: PDFKit.PDFDocument, draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
  doc.markContent('Artifact', { type });
  draw();
  doc.endMarkedContent();
}
