/*
 * pdfkit turns every drawing operator into its own small byte array as it is written, tens of
 * thousands per booklet, and most of a warm render's time went to making and collecting them.
 * Pages here keep their operators as strings and hand pdfkit one string per page at the end:
 * the same bytes, a fraction of the garbage. Needs bufferPages (every page stays open to the end).
 */
interface Page {
  write(chunk: unknown): unknown;
}

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
      // pdfkit ends every string chunk with a newline; joining with newlines gives the same bytes.
      if (parts.length > 0) page.write(parts.join('\n'));
    }
  };
}
