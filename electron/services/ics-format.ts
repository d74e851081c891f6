/*
 * iCalendar (RFC 5545) written by hand: the few properties the parents' calendar needs. Times are
 * UTC (`...Z`), so the file needs no VTIMEZONE and a phone in any zone shows the visit at the
 * clinic's wall-clock time. Pure functions: the .ics export and the card's QR share them.
 */

const CRLF = '\r\n';
const PRODID = '-//Valgo//Follow-up visits//EN';

export interface IcsEvent {
  /** Stable per appointment, so importing the file again updates the event instead of adding one. */
  uid: string;
  /** ISO instants. */
  start: string;
  end: string;
  summary: string;
  location?: string;
  description?: string;
}

/** `2025-06-03T07:30:00.000Z` -> `20250603T073000Z`. */
export function icsDateTime(iso: string): string {
  return new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** A TEXT value (§3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`. */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n?|\n/g, '\\n')
      // Other control characters are not allowed in a TEXT value; the contract refuses them anyway.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]/g, ' ')
  );
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line at 75 octets (§3.1): each continuation starts with one space, which counts
 * towards its 75. Cuts fall between characters, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let piece = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0)!);
    if (octets + n > limit) {
      pieces.push(piece);
      piece = '';
      octets = 0;
      limit = 74;
    }
    piece += ch;
    octets += n;
  }
  pieces.push(piece);
  return pieces.join(`${CRLF} `);
}

function lines(all: string[]): string {
  return all.map(foldLine).join(CRLF) + CRLF;
}

/** The full calendar for the .ics file: one VEVENT per visit, published (not an invitation). */
export function buildCalendar(events: readonly IcsEvent[], now: Date): string {
  const stamp = icsDateTime(now.toISOString());
  const body = events.flatMap((e) => [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${icsDateTime(e.start)}`,
    `DTEND:${icsDateTime(e.end)}`,
    `SUMMARY:${escapeText(e.summary)}`,
    ...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []),
    ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
    'END:VEVENT',
  ]);
  return lines([
    'BEGIN:VCALENDAR',
    `PRODID:${PRODID}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...body,
    'END:VCALENDAR',
  ]);
}

/**
 * The same visits as small as a calendar can be for a QR code: start, end and title only. Every
 * byte makes the code denser, and a phone reads it offline, with no link to any server.
 */
export function compactCalendar(events: readonly Pick<IcsEvent, 'start' | 'end' | 'summary'>[]): string {
  return lines([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    ...events.flatMap((e) => [
      'BEGIN:VEVENT',
      `DTSTART:${icsDateTime(e.start)}`,
      `DTEND:${icsDateTime(e.end)}`,
      `SUMMARY:${escapeText(e.summary)}`,
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ]);
}

/** The UID's domain part: the clinic's name as a host-like word, else `valgo`. */
export function uidDomain(clinicName: string): string {
  const slug = clinicName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'valgo';
}
