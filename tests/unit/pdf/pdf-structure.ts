/*
 * A small reader for the PDFs pdfkit writes (a classic xref table, dictionaries uncompressed, page
 * content in FlateDecode streams): enough to walk the structure tree with its titles, alternative
 * texts and languages decoded as a PDF reader decodes them (PDFDocEncoding or UTF-16BE), and to
 * see what each page draws outside marked content. poppler's `pdfinfo -struct` prints a title's
 * bytes as they are and, before 23.x, no alternative text at all, so the tests read those here.
 */
import zlib from 'node:zlib';

export class PdfName {
  constructor(readonly name: string) {}
}

export class PdfRef {
  constructor(readonly num: number) {}
}

/** PDFDocEncoding 0x80-0x9f (ISO 32000-1 Annex D); 0x9f is undefined. */
const PDF_DOC_HIGH = '•†‡…—–ƒ⁄‹›−‰„“”‘’‚™ﬁﬂŁŒŠŸŽıłœšž\ufffd';
/** PDFDocEncoding 0x18-0x1f. */
const PDF_DOC_LOW = '˘ˇˆ˙˝˛˚˜';

export class PdfString {
  constructor(readonly bytes: Buffer) {}

  /** The text string as a reader decodes it; U+FFFD where the bytes are not a valid encoding. */
  text(): string {
    const b = this.bytes;
    if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) {
      const body = b.subarray(2);
      if (body.length % 2 !== 0) return '\ufffd';
      try {
        return new TextDecoder('utf-16be', { fatal: true }).decode(body);
      } catch {
        return '\ufffd';
      }
    }
    let out = '';
    for (const byte of b) {
      if (byte >= 0x18 && byte <= 0x1f) out += PDF_DOC_LOW[byte - 0x18];
      else if (byte >= 0x80 && byte <= 0x9f) out += PDF_DOC_HIGH[byte - 0x80];
      else if (byte === 0x7f || byte === 0xad) out += '\ufffd';
      else out += String.fromCharCode(byte);
    }
    return out;
  }
}

export type PdfValue = null | boolean | number | PdfName | PdfRef | PdfString | PdfValue[] | PdfDict;

export class PdfDict {
  constructor(readonly entries: Record<string, PdfValue>) {}
  get(key: string): PdfValue | undefined {
    return this.entries[key];
  }
}

const WHITE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIM = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));

class Parser {
  constructor(
    private readonly s: Buffer,
    public pos: number,
  ) {}

  private skip(): void {
    const s = this.s;
    while (this.pos < s.length) {
      if (WHITE.has(s[this.pos]!)) this.pos++;
      else if (s[this.pos] === 0x25)
        while (this.pos < s.length && s[this.pos] !== 0x0a && s[this.pos] !== 0x0d) this.pos++;
      else break;
    }
  }

  private peek(text: string): boolean {
    return this.s.toString('latin1', this.pos, this.pos + text.length) === text;
  }

  private regular(): string {
    const start = this.pos;
    while (this.pos < this.s.length && !WHITE.has(this.s[this.pos]!) && !DELIM.has(this.s[this.pos]!)) this.pos++;
    return this.s.toString('latin1', start, this.pos);
  }

  value(): PdfValue {
    this.skip();
    const s = this.s;
    const c = String.fromCharCode(s[this.pos]!);
    if (this.peek('<<')) {
      this.pos += 2;
      const entries: Record<string, PdfValue> = {};
      for (;;) {
        this.skip();
        if (this.peek('>>')) {
          this.pos += 2;
          return new PdfDict(entries);
        }
        const key = this.value();
        if (!(key instanceof PdfName)) throw new Error(`dictionary key expected at ${this.pos}`);
        entries[key.name] = this.value();
      }
    }
    if (c === '<') {
      const end = s.indexOf('>', this.pos);
      const hex = s.toString('latin1', this.pos + 1, end).replace(/\s+/g, '');
      this.pos = end + 1;
      return new PdfString(Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex'));
    }
    if (c === '(') return this.literal();
    if (c === '[') {
      this.pos++;
      const items: PdfValue[] = [];
      for (;;) {
        this.skip();
        if (s[this.pos] === 0x5d) {
          this.pos++;
          return items;
        }
        items.push(this.value());
      }
    }
    if (c === '/') {
      this.pos++;
      return new PdfName(
        this.regular().replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
      );
    }
    const word = this.regular();
    if (word === 'true' || word === 'false') return word === 'true';
    if (word === 'null') return null;
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) throw new Error(`unexpected "${word}" at ${this.pos}`);
    const ref = /^\s+(\d+)\s+R(?![^\s/<>[\]()])/.exec(s.toString('latin1', this.pos, this.pos + 24));
    if (ref && /^\d+$/.test(word)) {
      this.pos += ref[0].length;
      return new PdfRef(Number(word));
    }
    return Number(word);
  }

  private literal(): PdfString {
    const s = this.s;
    const out: number[] = [];
    let depth = 0;
    this.pos++;
    const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
    for (;;) {
      const b = s[this.pos++]!;
      if (b === 0x5c) {
        const n = s[this.pos++]!;
        const ch = String.fromCharCode(n);
        if (ch in escapes) out.push(escapes[ch]!);
        else if (n >= 0x30 && n <= 0x37) {
          let v = n - 0x30;
          for (let k = 0; k < 2 && s[this.pos]! >= 0x30 && s[this.pos]! <= 0x37; k++) v = v * 8 + s[this.pos++]! - 0x30;
          out.push(v & 0xff);
        } else if (n === 0x0d) {
          if (s[this.pos] === 0x0a) this.pos++;
        } else if (n !== 0x0a) out.push(n);
        continue;
      }
      if (b === 0x28) depth++;
      if (b === 0x29 && depth-- === 0) return new PdfString(Buffer.from(out));
      out.push(b);
    }
  }
}

export class PdfFile {
  private readonly offsets = new Map<number, number>();
  private readonly cache = new Map<number, PdfValue>();
  readonly trailer: PdfDict;

  constructor(private readonly bytes: Buffer) {
    const tail = bytes.toString('latin1', Math.max(0, bytes.length - 64));
    const start = Number(/startxref\s+(\d+)/.exec(tail)?.[1]);
    const text = bytes.toString('latin1', start);
    const head = /^xref\s+(\d+)\s+(\d+)\s+/.exec(text);
    if (!head) throw new Error('no classic xref table');
    let pos = head[0].length;
    const first = Number(head[1]);
    const count = Number(head[2]);
    for (let i = 0; i < count; i++, pos += 20) {
      const entry = text.slice(pos, pos + 18);
      if (entry.endsWith('n')) this.offsets.set(first + i, Number(entry.slice(0, 10)));
    }
    const trailer = text.indexOf('trailer', pos);
    this.trailer = new Parser(bytes, start + trailer + 'trailer'.length).value() as PdfDict;
  }

  /** The object `num`, or the value itself when it is not a reference. */
  resolve(value: PdfValue | undefined): PdfValue | undefined {
    if (!(value instanceof PdfRef)) return value;
    if (this.cache.has(value.num)) return this.cache.get(value.num);
    const offset = this.offsets.get(value.num);
    if (offset === undefined) return undefined;
    const p = new Parser(this.bytes, offset);
    p.value();
    p.value();
    const obj = this.bytes.toString('latin1', p.pos, p.pos + 5);
    if (!/^\s*obj/.test(obj)) throw new Error(`object ${value.num} not found at ${offset}`);
    p.pos = this.bytes.indexOf('obj', p.pos) + 3;
    const result = p.value();
    this.cache.set(value.num, result);
    return result;
  }

  dict(value: PdfValue | undefined): PdfDict | undefined {
    const v = this.resolve(value);
    return v instanceof PdfDict ? v : undefined;
  }

  /** The decoded bytes of stream object `ref` (FlateDecode or none). */
  stream(ref: PdfRef): Buffer {
    const offset = this.offsets.get(ref.num)!;
    const dict = this.dict(ref)!;
    const at = this.bytes.indexOf('stream', this.bytes.indexOf('>>', offset));
    let from = at + 'stream'.length;
    if (this.bytes[from] === 0x0d) from++;
    if (this.bytes[from] === 0x0a) from++;
    const data = this.bytes.subarray(from, from + Number(this.resolve(dict.get('Length'))));
    const filter = dict.get('Filter');
    const name = Array.isArray(filter) ? filter[0] : filter;
    return name instanceof PdfName && name.name === 'FlateDecode' ? zlib.inflateSync(data) : Buffer.from(data);
  }

  get catalog(): PdfDict {
    return this.dict(this.trailer.get('Root'))!;
  }

  /** A text string entry of a dictionary, decoded; undefined when absent. */
  text(dict: PdfDict, key: string): string | undefined {
    const v = this.resolve(dict.get(key));
    return v instanceof PdfString ? v.text() : undefined;
  }

  /** Pages in order. */
  pages(): PdfDict[] {
    const out: PdfDict[] = [];
    const walk = (node: PdfDict) => {
      const kids = this.resolve(node.get('Kids'));
      if (Array.isArray(kids)) for (const kid of kids) walk(this.dict(kid)!);
      else out.push(node);
    };
    walk(this.dict(this.catalog.get('Pages'))!);
    return out;
  }
}

export interface StructNode {
  type: string;
  title?: string;
  alt?: string;
  actualText?: string;
  lang?: string;
  /** Marked-content references directly under this element. */
  contents: number;
  kids: StructNode[];
}

/** The elements under StructTreeRoot, in order (a conforming tree has one: Document). */
export function structTree(pdf: PdfFile): StructNode[] {
  const root = pdf.dict(pdf.catalog.get('StructTreeRoot'));
  if (!root) return [];
  const node = (dict: PdfDict): StructNode => {
    const s = dict.get('S');
    const n: StructNode = {
      type: s instanceof PdfName ? s.name : '?',
      title: pdf.text(dict, 'T'),
      alt: pdf.text(dict, 'Alt'),
      actualText: pdf.text(dict, 'ActualText'),
      lang: pdf.text(dict, 'Lang'),
      contents: 0,
      kids: [],
    };
    for (const kid of kidsOf(dict)) {
      if (typeof kid === 'number') n.contents++;
      else if (kid.get('S')) n.kids.push(node(kid));
      else n.contents++;
    }
    return n;
  };
  const kidsOf = (dict: PdfDict): (number | PdfDict)[] => {
    const k = pdf.resolve(dict.get('K'));
    const list = Array.isArray(k) ? k : k === undefined || k === null ? [] : [k];
    return list.map((item) => (typeof item === 'number' ? item : pdf.dict(item)!));
  };
  return kidsOf(root)
    .filter((k): k is PdfDict => typeof k !== 'number')
    .map(node);
}

/** Every element in reading order, with its ancestors (outermost first). */
export function* walk(
  nodes: readonly StructNode[],
  ancestors: readonly StructNode[] = [],
): Generator<[StructNode, readonly StructNode[]]> {
  for (const n of nodes) {
    yield [n, ancestors];
    yield* walk(n.kids, [...ancestors, n]);
  }
}

/** Where an element is, for messages: Document > Sect "Safety first" > Figure. */
export const pathOf = (node: StructNode, ancestors: readonly StructNode[]): string =>
  [...ancestors, node].map((n) => (n.title ? `${n.type} "${n.title}"` : n.type)).join(' > ');

/** Operators that put marks on the page: text, paths, images, shadings. */
const PAINTING = new Set(['Tj', 'TJ', "'", '"', 'f', 'F', 'f*', 'S', 's', 'B', 'B*', 'b', 'b*', 'Do', 'sh']);
const TOKEN = /\((?:\\[\s\S]|[^\\)])*\)|<<|>>|<[0-9A-Fa-f\s]*>|\/[^\s/<>[\]()]*|[[\]]|[^\s/<>[\]()]+/g;

/**
 * Painting operators outside any marked content on one page: drawing that is neither tagged
 * content nor an artifact, which a screen reader meets without knowing what it is.
 */
export function unmarkedPainting(content: Buffer): string[] {
  const found: string[] = [];
  let depth = 0;
  for (const [token] of content.toString('latin1').matchAll(TOKEN)) {
    if (token === 'BDC' || token === 'BMC') depth++;
    else if (token === 'EMC') depth--;
    else if (depth === 0 && PAINTING.has(token)) found.push(token);
  }
  return found;
}

/** The page's content stream(s), decoded and joined. */
export function pageContent(pdf: PdfFile, page: PdfDict): Buffer {
  const c = page.get('Contents');
  const refs = Array.isArray(c) ? c : [c];
  return Buffer.concat(refs.filter((r): r is PdfRef => r instanceof PdfRef).map((r) => pdf.stream(r)));
}
