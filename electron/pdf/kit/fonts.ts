import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

/*
 * Noto Sans (Latin + Cyrillic + Greek), parsed ONCE per process. Parsing the 630 KB TTF is most
 * of a naive pdfkit render; pdfkit accepts an already-parsed fontkit font, so every document
 * shares these and only builds its own subset of the glyphs it uses.
 */

export const FONT_FILES = {
  regular: 'NotoSans_400Regular.ttf',
  italic: 'NotoSans_400Regular_Italic.ttf',
  semibold: 'NotoSans_600SemiBold.ttf',
  bold: 'NotoSans_700Bold.ttf',
} as const;
export type FontStyle = keyof typeof FONT_FILES;

/** The parsed font: what pdfkit's `doc.font()` accepts, and what the glyph check asks. */
export interface ParsedFont {
  layout: (...args: never[]) => unknown;
  hasGlyphForCodePoint(codePoint: number): boolean;
  /** A character's glyph through the character map; the booklet measures and draws with these. */
  glyphForCodePoint(codePoint: number): { id: number; advanceWidth: number };
  readonly unitsPerEm: number;
}

export type FontSet = Record<FontStyle, ParsedFont>;

const cache = new Map<string, FontSet>();

/** Where the TTFs are: the packaged app's resources/fonts, or the npm package in development. */
export function defaultFontsDir(): string {
  const require = createRequire(import.meta.url);
  const regular = require.resolve(`@expo-google-fonts/noto-sans/400Regular/${FONT_FILES.regular}`);
  return path.dirname(path.dirname(regular));
}

/** The npm package, and resources/fonts in the packaged app, keep each weight in its own folder. */
function fileFor(dir: string, style: FontStyle): string {
  const folder = FONT_FILES[style].replace(/^NotoSans_/, '').replace(/\.ttf$/, '');
  return path.join(dir, folder, FONT_FILES[style]);
}

/** The booklet fonts from `dir`, parsed on first use and kept for the life of the process. */
export function loadFonts(dir: string = defaultFontsDir()): FontSet {
  const cached = cache.get(dir);
  if (cached) return cached;
  const set = Object.fromEntries(
    (Object.keys(FONT_FILES) as FontStyle[]).map((style) => [
      style,
      fontkit.create(fs.readFileSync(fileFor(dir, style))) as unknown as ParsedFont,
    ]),
  ) as FontSet;
  cache.set(dir, set);
  return set;
}
