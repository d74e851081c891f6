/*
 * The look the booklet, the appointment card and the day list share (../shared/docs/booklet-design.md):
 * body 11-12 pt at about 1.35 line height, headings 16-20 pt bold, nothing a parent must read
 * under 11 pt and no label under 9 pt (tests/unit/pdf/booklet-type-sizes.test.ts), one accent
 * colour and one soft tint. Every colour pair is chosen to stay distinct on a black-and-white
 * laser printer.
 */
export const MM = 72 / 25.4;

/** Paper sizes in points. */
export const PAPER = {
  A4: { width: 595.28, height: 841.89 },
  A6: { width: 297.64, height: 419.53 },
  Letter: { width: 612, height: 792 },
} as const;

export const COLOR = {
  ink: '#1b2226',
  /** Secondary text: still dark enough for a tired eye and a weak toner (about 65% grey). */
  soft: '#46535a',
  /** The one accent: headings, the affected leg, course blocks. Prints as a mid-dark grey. */
  accent: '#1b6a86',
  /** Lighter steps of the same accent hue, for fills (the affected leg, bars). */
  accentMid: '#6fb0c6',
  accentPale: '#cde5ee',
  /** The soft tint for boxes. */
  tint: '#e9f3f6',
  zebra: '#f1f6f8',
  line: '#7d898f',
  grey: '#b9c0c3',
  greyPale: '#e3e6e7',
  skin: '#fbf7f2',
  white: '#ffffff',
} as const;

/** Type sizes in points. */
export const SIZE = {
  cover: 20,
  h1: 20,
  h2: 16,
  h3: 13,
  lead: 13,
  body: 11.5,
  /** The smallest text a parent must read (design "Page", content spec §5 "minimum 11-pt type"). */
  note: 11,
  /** Labels: legends, form captions, letterheads, fine print. */
  small: 10,
  /** The smallest labels: table heads, figure labels, chart axes, footers (design: nothing under 9 pt). */
  min: 9,
} as const;

/** Noto Sans draws (ascender - descender) = 1.362 em: the design's "about 1.35" line height. */
export const LEADING = 1.362;

/** Figure strokes: 1.2-1.5 pt, rounded joins (design "Illustrations"). */
export const STROKE = 1.3;
