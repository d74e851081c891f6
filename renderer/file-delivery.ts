import type { RenderedPdf } from '../shared/contract';
export { fileNameFor, type FileNameParts } from '../shared/file-names';

/*
 * Browser mode: main cannot reach a printer or a save dialog, so the print channels (booklets,
 * appointment cards, day lists) answer with the PDF's bytes (action `download`) and the browser
 * prints or saves them; .ics files are offered the same way. The desktop app prints in main.
 */

/** How long a blob URL lives: long enough for a print dialog or a new tab to read it. */
const BLOB_LIFETIME_MS = 5 * 60_000;

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function blobUrl(blob: Blob): string {
  const url = URL.createObjectURL(blob);
  setTimeout(() => URL.revokeObjectURL(url), BLOB_LIFETIME_MS);
  return url;
}

function saveBlob(blob: Blob, fileName: string): void {
  const a = document.createElement('a');
  a.href = blobUrl(blob);
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/** Offers text (an .ics file) as a download. */
export function downloadText(content: string, fileName: string, type: string): void {
  saveBlob(new Blob([content], { type }), fileName);
}

/** Offers bytes main sent as base64 (the whole-record zip) as a download. */
export function downloadBase64(base64: string, fileName: string, type: string): void {
  saveBlob(new Blob([bytesOf(base64)], { type }), fileName);
}

export function downloadPdf(pdf: RenderedPdf, fileName: string): void {
  saveBlob(new Blob([bytesOf(pdf.pdfBase64)], { type: 'application/pdf' }), fileName);
}

export type PrintOutcome = 'dialog' | 'tab' | 'downloaded' | 'blocked';

/**
 * Prints the PDF from a hidden frame (the browser's PDF viewer draws it and opens the print dialog);
 * where that fails, opens it in a new tab; without a PDF viewer at all, downloads it.
 */
export async function printPdf(pdf: RenderedPdf, fileName: string): Promise<PrintOutcome> {
  if (navigator.pdfViewerEnabled === false) {
    downloadPdf(pdf, fileName);
    return 'downloaded';
  }
  const url = blobUrl(new Blob([bytesOf(pdf.pdfBase64)], { type: 'application/pdf' }));
  const frame = document.createElement('iframe');
  frame.title = fileName;
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  Object.assign(frame.style, {
    position: 'fixed',
    right: '0',
    bottom: '0',
    width: '1px',
    height: '1px',
    border: '0',
    opacity: '0',
    pointerEvents: 'none',
  });
  const loaded = new Promise<boolean>((resolve) => {
    frame.addEventListener('load', () => resolve(true), { once: true });
    setTimeout(() => resolve(false), 10_000);
  });
  frame.src = url;
  document.body.appendChild(frame);
  setTimeout(() => frame.remove(), BLOB_LIFETIME_MS);
  try {
    if (!(await loaded)) throw new Error('The PDF did not load in the frame');
    const view = frame.contentWindow;
    if (!view) throw new Error('No frame window');
    view.focus();
    view.print();
    return 'dialog';
  } catch {
    frame.remove();
    const tab = window.open(url, '_blank');
    if (!tab) return 'blocked';
    tab.opener = null;
    return 'tab';
  }
}
