/*
 * Line breaking for everything Valgo prints. Where a line may end comes from the Unicode line
 * breaking algorithm (UAX #14, the `linebreak` package pdfkit itself uses): after spaces, after a
 * hyphen or dash inside a word ("Petrova-|Vodkina", «по-|прежнему»), after a soft hyphen, at the
 * slashes of a long address; never inside a number like "-5" or before closing punctuation.
 * Which of those it ends at is greedy: each line takes as much as fits.
 *
 * `\n` starts a new line and blank lines are kept (notes are printed verbatim); a tab prints as a
 * space; runs of spaces print as one. A soft hyphen (U+00AD) is left out unless a line ends at
 * it; there it stays, and Noto Sans draws it as a hyphen while text extraction and screen readers
 * know the word goes on. A piece that is wider than a whole line by itself is cut between
 * characters rather than overflow.
 */
import LineBreaker from 'linebreak';

/** Widths in points of text as it will be drawn, for one font and size. */
export type Measure = (text: string) => number;

const SOFT_HYPHEN = '\u00ad';

export interface BrokenText {
  lines: string[];
  /**
   * `joined[i]`: line i ends inside a word (at a hyphen, a slash, a soft hyphen, or cut between
   * characters) and the next line goes on with no space between.
   */
  joined: boolean[];
}

const TRAILING_SPACE = / +$/;
const LEADING_SPACE = /^ +/;

/** Text between two break opportunities: `text` without its trailing spaces or soft hyphens. */
interface Piece {
  text: string;
  /** Spaces followed it: a space separates it from the next piece on the same line. */
  space: boolean;
  /** It ended at a soft hyphen: a line ending after it keeps the soft hyphen, drawn as "-". */
  soft: boolean;
  /** A line must end after it (a carriage return, line or paragraph separator). */
  hard: boolean;
}

/** Two generations, as in shaping.ts: the paragraphs every booklet prints are found again. */
const GENERATION = 5_000;
let current = new Map<string, Found>();
let previous = new Map<string, Found>();

interface Found {
  pieces: readonly Piece[];
  /** The pieces as words (wordsOf), made on first use. */
  words?: readonly Word[];
}

/** A paragraph's pieces, found once per process (the break opportunities do not depend on width). */
function found(paragraph: string): Found {
  let entry = current.get(paragraph);
  if (entry) return entry;
  entry = previous.get(paragraph) ?? { pieces: findPieces(paragraph) };
  if (current.size >= GENERATION) {
    previous = current;
    current = new Map();
  }
  current.set(paragraph, entry);
  return entry;
}

function findPieces(paragraph: string): Piece[] {
  const pieces: Piece[] = [];
  const breaker = new LineBreaker(paragraph);
  let start = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    const hard = bk.required && bk.position < paragraph.length;
    const raw = paragraph.slice(start, bk.position).replace(/[\r\u2028\u2029\v\f\x85]+$/, '');
    start = bk.position;
    const spaced = raw.replace(TRAILING_SPACE, '');
    const text = spaced.split(SOFT_HYPHEN).join('').replace(LEADING_SPACE, '');
    if (text === '' && !hard) continue;
    pieces.push({ text, space: spaced !== raw, soft: spaced.endsWith(SOFT_HYPHEN), hard });
  }
  return pieces;
}

/** Splits one over-long piece into parts that each fit `width`, measuring character by character. */
function cut(text: string, width: number, measure: Measure): string[] {
  // Characters are measured one by one (no kerning across them): a 5,000-character run without a
  // break opportunity must not put every prefix of itself into the shaping cache. The small slack
  // covers kerning.
  const limit = width * 0.98;
  const parts: string[] = [];
  let part = '';
  let partWidth = 0;
  for (const ch of text) {
    const w = measure(ch);
    if (part !== '' && partWidth + w > limit) {
      parts.push(part);
      part = '';
      partWidth = 0;
    }
    part += ch;
    partWidth += w;
  }
  parts.push(part);
  return parts;
}

export interface BreakOptions {
  /**
   * Keep hyphenated words, dashed ranges and addresses whole ("knock-knees", "10–12",
   * "valgo.example/booklet"): break inside one only when it does not fit on a line by itself.
   * Spaces and soft hyphens stay ordinary break opportunities. Without it, every opportunity is
   * used as it comes ("Anna Petrova-" / "Vodkina" on a narrow card).
   */
  wholeWords?: boolean;
}

/** A word: the pieces up to a space, a soft hyphen or a forced break, measured as one. */
interface Word {
  whole: Piece;
  parts: readonly Piece[];
}

function wordsOf(pieces: readonly Piece[]): Word[] {
  const words: Word[] = [];
  let parts: Piece[] = [];
  for (const piece of pieces) {
    parts.push(piece);
    if (piece.space || piece.soft || piece.hard) {
      words.push(word(parts));
      parts = [];
    }
  }
  if (parts.length > 0) words.push(word(parts));
  return words;
}

function word(parts: readonly Piece[]): Word {
  return { whole: { ...parts.at(-1)!, text: parts.map((p) => p.text).join('') }, parts };
}

/** `text` broken into lines no wider than `width` (see the top of this file). */
export function breakLines(text: string, width: number, measure: Measure, options: BreakOptions = {}): BrokenText {
  const space = measure(' ');
  const hyphen = measure(SOFT_HYPHEN);
  const out: BrokenText = { lines: [], joined: [] };
  const push = (line: string, joined: boolean) => {
    out.lines.push(line);
    out.joined.push(joined);
  };
  for (const paragraph of text.replace(/\t/g, ' ').split('\n')) {
    let line = '';
    let lineWidth = 0;
    let last: Piece | null = null;
    /** Ends the line; `broken` when the paragraph goes on after it. */
    const end = (broken: boolean) => {
      push(broken && last?.soft ? `${line}${SOFT_HYPHEN}` : line, broken && last !== null && !last.space);
      line = '';
      lineWidth = 0;
      last = null;
    };
    /** Adds `piece` to the line, or starts the next line with it; `parts` when it may split. */
    const place = (piece: Piece, parts: readonly Piece[] = []) => {
      const w = piece.text === '' ? 0 : measure(piece.text);
      const gap = last?.space ? space : 0;
      const tail = piece.soft ? hyphen : 0;
      if (line !== '' && lineWidth + gap + w + tail <= width) {
        line += (gap ? ' ' : '') + piece.text;
        lineWidth += gap + w;
      } else if (w + tail > width && parts.length > 1) {
        for (const part of parts) place(part);
        return;
      } else {
        if (line !== '') end(true);
        if (w + tail <= width) {
          line = piece.text;
          lineWidth = w;
        } else {
          const cuts = cut(piece.text, width - tail, measure);
          for (const part of cuts.slice(0, -1)) push(part, true);
          line = cuts.at(-1)!;
          lineWidth = measure(line);
        }
      }
      last = piece;
      if (piece.hard) end(false);
    };
    const entry = found(paragraph);
    if (options.wholeWords) for (const w of (entry.words ??= wordsOf(entry.pieces))) place(w.whole, w.parts);
    else for (const piece of entry.pieces) place(piece);
    end(false);
  }
  return out;
}
