import { sortedName, type PersonName } from './person-name';

/*
 * Every file Valgo hands over (booklet, appointment card, .ics, day list, record export) is named
 * by one pattern, so a Downloads folder sorts by app, then family name, then what, then date:
 *
 *   Valgo – Novak Mia – Foot care plan – 2026-03-09.pdf
 *   Valgo – Day list – 2026-03-09.pdf            (no child)
 *
 * Built here only; main (save dialogs) and the renderer (browser downloads) both call it.
 */

export interface FileNameParts {
  /** The child the file is about (family name first); absent for a day list. */
  child?: PersonName | null | undefined;
  /** What the file is, in the user's language ("Foot care plan", "Памятка"). */
  what: string;
  /** YYYY-MM-DD: the day it was made, or the day it is about. */
  date: string;
  extension: 'pdf' | 'ics' | 'json';
}

const SEPARATOR = ' – ';

/** Characters file systems refuse, and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]/g;

function clean(part: string): string {
  return part.replace(UNSAFE, '').replace(/\s+/g, ' ').trim();
}

/** `Valgo – <Last First> – <what> – <YYYY-MM-DD>.<ext>`, without characters file systems refuse. */
export function fileNameFor({ child, what, date, extension }: FileNameParts): string {
  const parts = ['Valgo', child ? sortedName(child) : '', what, date].map(clean).filter(Boolean);
  return `${parts.join(SEPARATOR)}.${extension}`;
}
