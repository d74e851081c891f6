import type { RenderedPdf } from '../../../shared/contract';
import { base64Bytes } from './pdfjs';

/*
 * Browser mode: main cannot reach a printer or a save dialog, so `booklets:issue` with `download`
 * returns the archived PDF and the browser prints or saves it. (The desktop app does both in main.)
 */

/** How long a blob URL lives: long enough for a print dialog or a new tab to read it. */
const BLOB_LIFETIME_MS = 5 * 60_000;

function blobUrl(pdf: RenderedPdf): string {
  const bytes = base64Bytes(pdf.pdfBase64);
  const url = URL.createObjectURL(new Blob([bytes.buffer as ArrayBuffer], { type: 'application/pdf' }));
  setTimeout(() => URL.revokeObjectURL(url), BLOB_LIFETIME_MS);
  return url;
}

/** A file name without the characters file systems refuse. */
export function pdfFileName(base: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '').trim();
  return `${clean || 'booklet'}.pdf`;
}

/** Saves the PDF through the browser's downloads. */
export function downloadPdf(pdf: RenderedPdf, fileName: string): void {
  const a = document.createElement('a');
  a.href = blobUrl(pdf);
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
}

export type PrintOutcome = 'dialog' | 'tab' | 'downloaded' | 'blocked';

/**
 * Prints the PDF from a hidden frame (the browser's own PDF viewer draws it and opens the print
 * dialog). Where that is not possible, opens it in a new tab to print from there; without a PDF
 * viewer at all, downloads it instead.
 */
export async function printPdf(pdf: RenderedPdf, fileName: string): Promise<PrintOutcome> {
  if (navigator.pdfViewerEnabled === false) {
    downloadPdf(pdf, fileName);
    return 'downloaded';
  }
  const url = blobUrl(pdf);
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
    // Not `noopener`: that makes the answer null even on success, and a blocked tab must be told apart.
    const tab = window.open(url, '_blank');
    if (!tab) return 'blocked';
    tab.opener = null;
    return 'tab';
  }
}
