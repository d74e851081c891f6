import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { PreviewResult } from '../../../shared/contract';
import { base64Bytes, openPdf, type PDFDocumentProxy } from './pdfjs';

/*
 * A preview's PDF starts opening the moment main's answer lands in the query cache, while the
 * editor is still re-rendering with the new plan: pdf.js reads the file in its worker meanwhile,
 * and PdfPreview takes the opened document instead of opening it again. One document is held
 * at a time; an answer nobody takes (superseded, or equal to the one on screen) is released
 * when the next one arrives.
 */

interface Held {
  base64: string;
  doc: Promise<PDFDocumentProxy>;
}

let held: Held | null = null;

function release(h: Held): void {
  h.doc
    .then((d) => d.destroy())
    .catch(() => {
      // Never opened: nothing to release.
    });
}

function hold(base64: string): void {
  if (held?.base64 === base64) return;
  if (held) release(held);
  held = { base64, doc: openPdf(base64Bytes(base64)) };
  // A file pdf.js cannot open is reported when PdfPreview opens it itself.
  held.doc.catch(() => undefined);
}

/** The document for this PDF: the one opened early if it is that file, else opened now. The caller owns it. */
export function takePdf(base64: string): Promise<PDFDocumentProxy> {
  if (held?.base64 === base64) {
    const { doc } = held;
    held = null;
    return doc;
  }
  return openPdf(base64Bytes(base64));
}

/** Opens each preview PDF as soon as main's answer is in (while mounted). */
export function usePreopen(): void {
  const client = useQueryClient();
  useEffect(
    () =>
      client.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'success') return;
        if (event.query.queryKey[1] !== 'booklets:preview') return;
        const pdf = (event.action.data as PreviewResult | undefined)?.pdf;
        if (pdf) hold(pdf.pdfBase64);
      }),
    [client],
  );
  // Leaving the editor releases what nobody took.
  useEffect(
    () => () => {
      if (held) release(held);
      held = null;
    },
    [],
  );
}
