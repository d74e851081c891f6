/*
 * The booklet's page (../shared/docs/booklet-design.md): 18 mm margins and a footer band. The
 * colours, type sizes and line height are the kit's, shared with the card and the day list.
 */
import { MM, PAPER } from '../kit/theme';

export { COLOR, LEADING, MM, SIZE, STROKE } from '../kit/theme';

export const MARGIN = 18 * MM;

/** Page sizes in points, with pdfkit's name for each. */
export const PAGE_SIZES = {
  A4: { ...PAPER.A4, pdfkit: 'A4' },
  Letter: { ...PAPER.Letter, pdfkit: 'LETTER' },
} as const;

/** Height kept free above the bottom margin for the footer. */
export const FOOTER_HEIGHT = 24;
