/*
 * Drawings that do not change between booklets (figures, icons) or repeat hundreds of times in
 * one (calendar tick boxes, faces, dots) become PDF form XObjects: drawn once, placed by
 * reference. A calendar page drops from about 22 KB to 5 KB, and a printer rasterises each mark
 * once.
 *
 * A drawing is made with the same pdfkit calls as anywhere else, with the document's content
 * writer pointed at a buffer for that moment. Its operators depend only on its key (no text: glyph
 * ids differ per document's font subset), so the compressed stream is kept for the life of the
 * process and every later booklet only writes it out: warm renders skip figure drawing, number
 * formatting and deflating for everything stamped.
 */
import zlib from 'node:zlib';

type Ref = ReturnType<PDFKit.PDFDocument['ref']>;

interface Writable {
  addContent(data: string): unknown;
  page: { xobjects: Record<string, Ref> };
  ref(data: object): Ref;
}

export type BBox = readonly [number, number, number, number];

/** Compressed operator streams by key, shared by every document of the process. */
const streams = new Map<string, Uint8Array>();
/** Keys are drawings × sizes, a few hundred at most; the bound guards against a careless key. */
const MAX_STREAMS = 2_000;

export class Stamps {
  private readonly forms = new Map<string, { name: string; ref: Ref }>();

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  /**
   * Places drawing `key` with its origin at (x, y). `draw` paints it around (0, 0) within `bbox`
   * = [left, top, right, bottom]; it runs at most once per process. The key must name everything
   * the drawing depends on.
   */
  place(key: string, x: number, y: number, bbox: BBox, draw: () => void): void {
    const doc = this.doc as unknown as Writable;
    let form = this.forms.get(key);
    if (!form) {
      let bytes = streams.get(key);
      if (!bytes) {
        bytes = zlib.deflateSync(Buffer.from(this.capture(draw), 'latin1'));
        if (streams.size >= MAX_STREAMS) streams.clear();
        streams.set(key, bytes);
      }
      // With the filter already named, pdfkit writes the bytes as they are (no second deflate).
      const ref = doc.ref({ Type: 'XObject', Subtype: 'Form', BBox: [...bbox], Resources: {}, Filter: 'FlateDecode' });
      ref.end(bytes);
      form = { name: `St${this.forms.size + 1}`, ref };
      this.forms.set(key, form);
    }
    doc.page.xobjects[form.name] = form.ref;
    doc.addContent(`q 1 0 0 1 ${round(x)} ${round(y)} cm /${form.name} Do Q`);
  }

  private capture(draw: () => void): string {
    const doc = this.doc as unknown as Writable;
    const ops: string[] = [];
    const write = doc.addContent;
    doc.addContent = (data: string) => {
      ops.push(data);
      return doc;
    };
    try {
      draw();
    } finally {
      doc.addContent = write;
    }
    return ops.join('\n');
  }
}

const round = (n: number) => Math.round(n * 100) / 100;
