/*
 * The text runs of a PDF as pdf.js reads them (getTextContent, as a viewer or a screen reader
 * would), each with its page, position, font size and the marked content it sits in. The size
 * is the text's height on the page: the length of the text matrix's vertical column times the
 * font size, so rotated labels (the calendar's column heads) measure like upright ones.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { BookletRequestInput } from '../../../shared/contract/booklets';
import { fixture } from './booklet-helpers';

export interface TextRun {
  page: number;
  text: string;
  /** Points, rounded to 0.01. */
  size: number;
  /** Left and baseline in PDF space (origin bottom left). */
  x: number;
  y: number;
  width: number;
  /** The marked-content tags around it, outermost first (P, H1, Figure, Table, Artifact...). */
  tags: string[];
}

export async function textRuns(bytes: Uint8Array): Promise<TextRun[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
  const runs: TextRun[] = [];
  for (let page = 1; page <= doc.numPages; page++) {
    const content = await (await doc.getPage(page)).getTextContent({ includeMarkedContent: true });
    const tags: string[] = [];
    for (const item of content.items) {
      if ('type' in item) {
        // pdf.js gives the tag at run time; its types leave it out.
        if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps')
          tags.push((item as { tag?: string }).tag ?? '');
        else if (item.type === 'endMarkedContent') tags.pop();
        continue;
      }
      const text = item.str.trim();
      if (text === '') continue;
      const [, , c, d, e, f] = item.transform as number[];
      runs.push({
        page,
        text,
        size: Math.round(Math.hypot(c!, d!) * 100) / 100,
        x: e!,
        y: f!,
        width: item.width,
        tags: [...tags],
      });
    }
  }
  await doc.destroy();
  return runs;
}

export async function pageCount(bytes: Uint8Array): Promise<number> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
  const n = doc.numPages;
  await doc.destroy();
  return n;
}

/**
 * A full 18-month home program: both feet degree 2 (the 18-month default), every step, the
 * letterhead, notes and the fixtures' other choices, on A4, in English or Russian.
 */
export function fullProgram(language: 'en' | 'ru', extra: Partial<BookletRequestInput> = {}): BookletRequestInput {
  const base = fixture(language === 'en' ? 'booklet-full-en' : 'booklet-ru');
  const foot = { degree: 2, method: 'heel_angle', flexible: 'yes', heelAngle: 16 } as const;
  return {
    ...base,
    assessment: { ...base.assessment!, left: foot, right: foot },
    settings: { ...base.settings, horizonMonths: 18 },
    overrides: {},
    customSteps: [],
    paper: 'A4',
    ...extra,
  };
}
