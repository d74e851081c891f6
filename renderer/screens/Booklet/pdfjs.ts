import type * as PdfJsModule from 'pdfjs-dist';
import type { PDFDocumentProxy, PDFWorker } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/*
 * pdf.js, loaded on first use so the rest of the app starts without it. The worker is a file of
 * the app itself (same origin), so the Content-Security-Policy needs no extra source for it.
 *
 * One pdf.js worker serves every document of the window: without it pdf.js starts a new worker
 * (fetching and compiling its megabyte of code) for each document and ends it with the document,
 * which was most of the time between a new preview arriving and its first page showing.
 */

export type PdfJs = typeof PdfJsModule;
export type { PDFDocumentProxy, PDFPageProxy, RenderTask } from 'pdfjs-dist';

let loading: Promise<PdfJs> | null = null;
let shared: PDFWorker | null = null;

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

/** Starts pdf.js and its worker ahead of the first document (e.g. while main renders the first preview). */
export function warmPdfJs(): void {
  void loadPdfJs()
    .then(workerOf)
    .catch(() => {
      // The first document tries again.
    });
}

function workerOf(pdfjs: PdfJs): PDFWorker {
  if (shared && !shared.destroyed) return shared;
  const worker = new pdfjs.PDFWorker();
  shared = worker;
  // A worker that could not start is not kept: the next document starts another.
  worker.promise.catch(() => {
    if (shared === worker) shared = null;
  });
  return worker;
}

/** Opens a PDF in the shared worker; destroying the document leaves the worker running. */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const pdfjs = await loadPdfJs();
  return pdfjs.getDocument({ data: bytes, worker: workerOf(pdfjs), isEvalSupported: false }).promise;
}

/** Base64 (as the preview channel carries it) to bytes. */
export function base64Bytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
