/*
 * A new PDF as every Valgo print starts: Noto Sans embedded (no standard font, which could not
 * print Cyrillic), tagged PDF/UA with the language and title screen readers need, and the
 * creation date taken from the input. pdfkit derives the file id from the document info, so the
 * same input gives the same bytes: nothing random or clock-based reaches the file.
 */
import PDFDocument from 'pdfkit';
import type { Language } from '../../../shared/contract/settings';
import type { FontSet, FontStyle } from './fonts';
import { useSharedShaping } from './shaping';
import { XmlSafeString } from './xml-safe-string';

export const FONT_STYLES: readonly FontStyle[] = ['regular', 'italic', 'semibold', 'bold'];

export interface DocumentInfo {
  title: string;
  author: string;
  subject: string;
  language: Language;
  /** ISO instant: the creation date, from the input, never the clock. */
  generatedAt: string;
}

/**
 * The document, without pages; pages are kept open (bufferPages) so footers can say "page X of
 * Y". The fonts are registered by style name ('regular', 'bold'...) and share the process's
 * shaped words (shaping.ts).
 */
export function openDocument(info: DocumentInfo, fonts: FontSet): PDFKit.PDFDocument {
  const options = {
    autoFirstPage: false,
    bufferPages: true,
    // No default font: pdfkit would otherwise load Helvetica, one of the 14 standard fonts.
    font: null,
    pdfVersion: '1.7',
    // Tagged PDF/UA (the option types lag pdfkit 0.20).
    tagged: true,
    subset: 'PDF/UA',
    lang: info.language,
    displayTitle: true,
    info: {
      Title: new XmlSafeString(info.title),
      Author: new XmlSafeString(info.author),
      Subject: new XmlSafeString(info.subject),
      Creator: 'Valgo',
      Producer: 'Valgo (PDFKit)',
      CreationDate: new Date(info.generatedAt),
    },
  };
  const doc = new PDFDocument(options as unknown as PDFKit.PDFDocumentOptions);
  for (const style of FONT_STYLES) doc.registerFont(style, fonts[style] as never);
  doc.font('regular');
  useSharedShaping(doc, fonts, FONT_STYLES);
  return doc;
}

/** The file's bytes, once `doc.end()` has been called. */
export function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
