/*
 * pdfkit turns every drawing operator into its own small byte array as it is written (tens of
 * thousands per booklet) and deflates each page at the end; making and collecting those arrays
 * was most of a warm render's garbage. Pages here keep their operators as strings and, at the
 * end, each page's content is encoded and deflated in one go by Node's native code. The page
 * content is the same; only the compression level differs (see DEFLATE). Needs bufferPages, so
 * every page stays open until the document ends.
 */
import zlib from 'node:zlib';

interface Content {
  data: Record<string, unknown>;
  compress: boolean;
  write(chunk: unknown): unknown;
}

interface Page {
  write(chunk: unknown): unknown;
  content: Content;
  markings: unknown[];
}

/**
 * Level 1 deflates this text-and-path content about three times faster than pdfkit's default
 * level 6 for about 10% more bytes: a booklet stays far under its 400 KB budget.
 */
const DEFLATE = { level: 1 };

/** Starts buffering each new page's content; call the returned function just before doc.end(). */
export function bufferPageContent(doc: PDFKit.PDFDocument): () => void {
  const pages: { page: Page; parts: string[] }[] = [];
  doc.on('pageAdded', () => {
    const page = doc.page as unknown as Page;
    const parts: string[] = [];
    const write = page.write.bind(page);
    page.write = (chunk: unknown) => {
      if (typeof chunk !== 'string') {
        // Not expected from pdfkit's page operators; keep the order by writing what we have first.
        if (parts.length > 0) write(parts.splice(0).join('\n'));
        return write(chunk);
      }
      parts.push(chunk);
      return undefined;
    };
    pages.push({ page, parts });
  });
  return () => {
    for (const { page, parts } of pages) {
      delete (page as Partial<Page>).write;
      if (parts.length === 0) continue;
      // pdfkit ends every string it writes with a newline: the same text, in one piece.
      const text = `${parts.join('\n')}\n`;
      const { content } = page;
      // Anything pdfkit still writes at the end (closing a marked section left open) must not
      // land after compressed bytes: then the page is left to pdfkit's own compression.
      if (page.markings.length === 0 && content.compress && !content.data.Filter) {
        content.compress = false;
        content.data.Filter = 'FlateDecode';
        content.write(zlib.deflateSync(Buffer.from(text, 'latin1'), DEFLATE));
      } else {
        content.write(text.slice(0, -1));
      }
    }
  };
}
