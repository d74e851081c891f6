import type * as PdfJsModule from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/*
 * pdf.js, loaded on first use so the rest of the app starts without it. The worker is a file of
 * the app itself (same origin), so the Content-Security-Policy needs no extra source for it.
 */

export type PdfJs = typeof PdfJsModule;
export type { PDFDocumentProxy, PDFPageProxy, RenderTask } from 'pdfjs-dist';

let loading: Promise<PdfJs> | null = null;

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= import('pdfjs-dist').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
    return pdfjs;
  });
  // A failed load (a missing chunk) may be retried later.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/** Base64 (as the preview channel carries it) to bytes. */
export function base64Bytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
