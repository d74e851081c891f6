import type { Language } from './contract/settings';
import { sortedName, type PersonName } from './person-name';

/*
 * Every file Valgo hands over (booklet, appointment card, .ics, day list, record export) is named
 * by one pattern, so a Downloads folder sorts by app, then family name, then what, then date:
 *
 *   Valgo – Novak Mia – Foot care plan – 2026-03-09.pdf
 *   Valgo – Day list – 2026-03-09.pdf            (no child)
 *   Valgo – Day list – Dr A – 2026-03-09.pdf     (one clinician's list)
 *
 * Built here only; main (save dialogs, the .ics and record files) and the renderer (browser
 * downloads) both call it.
 */

export interface FileNameParts {
  /** The child the file is about (family name first); absent for a day list. */
  child?: PersonName | null | undefined;
  /** What the file is, in the user's language ("Foot care plan", "Памятка"). */
  what: string;
  /** Whose it is when not a child's, after `what` (the clinician of a day list). */
  detail?: string | null | undefined;
  /** YYYY-MM-DD: the day it was made, or the day it is about. */
  date: string;
  extension: 'pdf' | 'ics' | 'json' | 'zip';
}

/** The kinds of file handed over. */
export type FileKind = 'booklet' | 'card' | 'visits' | 'dayList' | 'record';

/**
 * What each file is called, per language: main names files with these; the renderer's `file.*`
 * strings (renderer/i18n/booking.*.ts) say the same (tests/unit/file-names.test.ts checks).
 */
export const FILE_WHAT: Record<Language, Record<FileKind, string>> = {
  en: {
    booklet: 'Foot care plan',
    card: 'Appointment card',
    visits: 'Visits',
    dayList: 'Day list',
    record: 'Record',
  },
  ru: {
    booklet: 'Памятка по уходу за стопами',
    card: 'Карточка записи',
    visits: 'Визиты',
    dayList: 'Список приёмов',
    record: 'Карта пациента',
  },
};

const SEPARATOR = ' – ';
const ELLIPSIS = '…';

/**
 * The longest name, in UTF-8 bytes, extension included. File systems allow 255 (ext4: bytes;
 * APFS: UTF-8 characters; NTFS: UTF-16 units, never more than UTF-8 bytes); the margin leaves room
 * for a " (2)" a browser or the system adds to a second copy.
 */
export const MAX_FILE_NAME_BYTES = 200;

/**
 * Characters Windows refuses (and '/' everywhere), control characters, and invisible format
 * characters (a right-to-left override could make "gpj.pdf" look like a different extension).
 */
const UNSAFE = /[\\/:*?"<>|\p{Cc}\p{Cf}]/gu;

function clean(part: string): string {
  // A tab or line break between words stays a space; what is refused goes.
  return part.normalize('NFC').replace(/\s+/g, ' ').replace(UNSAFE, '').replace(/ +/g, ' ').trim();
}

/** The UTF-8 length of `s` in bytes (shared/ has no TextEncoder type: it runs without DOM or Node). */
function bytes(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

/** `text` cut at a whole character to at most `max` UTF-8 bytes, marked with an ellipsis. */
function shorten(text: string, max: number): string {
  if (bytes(text) <= max) return text;
  let out = '';
  for (const ch of text) {
    if (bytes(out + ch) + bytes(ELLIPSIS) > max) break;
    out += ch;
  }
  return `${out.replace(/[\s–-]+$/u, '')}${ELLIPSIS}`;
}

/**
 * `Valgo – <Last First> – <what> [– <detail>] – <YYYY-MM-DD>.<ext>`, without characters file
 * systems refuse, at most MAX_FILE_NAME_BYTES long: an over-long name or `what` is shortened, the
 * app name, date and extension always stay.
 */
export function fileNameFor({ child, what, detail, date, extension }: FileNameParts): string {
  const middle = [child ? sortedName(child) : '', what, detail ?? ''].map(clean).filter(Boolean).join(SEPARATOR);
  const head = `Valgo${SEPARATOR}`;
  const tail = `${SEPARATOR}${clean(date)}.${extension}`;
  const room = MAX_FILE_NAME_BYTES - bytes(head) - bytes(tail);
  return middle ? `${head}${shorten(middle, room)}${tail}` : `Valgo${tail}`;
}
