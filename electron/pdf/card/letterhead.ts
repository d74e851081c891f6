/*
 * The clinic letterhead at the top of the card and the sheet: logo at the left when there is one,
 * then the clinic's name, address and phone. Sized per layout; returns where it ends.
 */
import type { PrintLayout } from '../kit/print-layout';
import { COLOR } from '../kit/theme';
import type { Clinic } from './types';

export type { Clinic } from './types';

export interface LetterheadSize {
  name: number;
  small: number;
  logo: { w: number; h: number };
}

export function drawLetterhead(l: PrintLayout, clinic: Clinic, size: LetterheadSize, y: number): number {
  const { frame, doc } = l;
  let x = frame.left;
  if (clinic.logoPng) {
    const logo = clinic.logoPng;
    l.tag('Figure', () => doc.image(logo, frame.left, y, { fit: [size.logo.w, size.logo.h] }), {
      alt: clinic.name || 'Logo',
    });
    x += size.logo.w + 10;
  }
  const width = frame.right - x;
  let ty = y;
  ty += l.paragraph(clinic.name, x, ty, width, { font: 'bold', size: size.name, color: COLOR.accent });
  ty += l.paragraph(clinic.address, x, ty, width, { size: size.small, color: COLOR.soft });
  ty += l.paragraph(clinic.phone, x, ty, width, { font: 'semibold', size: size.small, color: COLOR.soft });
  return Math.max(ty, clinic.logoPng ? y + size.logo.h : y);
}

/** The accent rule under the letterhead. */
export function drawRule(l: PrintLayout, y: number, weight: number): void {
  const { frame, doc } = l;
  l.artifact(() => doc.moveTo(frame.left, y).lineTo(frame.right, y).lineWidth(weight).stroke(COLOR.accent));
}
