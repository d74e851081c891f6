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
  /**
   * ISO instant of the booking's last change (DTSTAMP). From the data, never the clock: the same
   * visits give the same file and the same QR code, and a calendar app that keys on UID and
   * DTSTAMP sees the newer of two imports as the newer.
   */
  stamp: string;
  /** Revision of the booking (SEQUENCE), 0 until it is changed; only written when above 0. */
  sequence: number;
  /** ISO instants. */
  start: string;
  end: string;
  summary: string;
  location?: string;
  description?: string;
}

/** What a calendar needs to place and recognise a visit: all the QR code carries. */
export type CoreEvent = Pick<IcsEvent, 'uid' | 'stamp' | 'sequence' | 'start' | 'end' | 'summary'>;

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

/** UID, DTSTAMP, SEQUENCE, times and title: the lines the .ics file and the QR code share. */
function coreLines(e: CoreEvent): string[] {
  return [
    `UID:${e.uid}`,
    `DTSTAMP:${icsDateTime(e.stamp)}`,
    ...(e.sequence > 0 ? [`SEQUENCE:${e.sequence}`] : []),
    `DTSTART:${icsDateTime(e.start)}`,
    `DTEND:${icsDateTime(e.end)}`,
    `SUMMARY:${escapeText(e.summary)}`,
  ];
}

/** The full calendar for the .ics file: one VEVENT per visit, published (not an invitation). */
export function buildCalendar(events: readonly IcsEvent[]): string {
  const body = events.flatMap((e) => [
    'BEGIN:VEVENT',
    ...coreLines(e),
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
 * The same visits as small as a calendar can be for a QR code: the file's events without location
 * and description. Every byte makes the code denser, and a phone reads it offline, with no link to
 * any server. UID and DTSTAMP stay: without them a second scan adds every visit again.
 */
export function compactCalendar(events: readonly CoreEvent[]): string {
  return lines([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    ...events.flatMap((e) => ['BEGIN:VEVENT', ...coreLines(e), 'END:VEVENT']),
    'END:VCALENDAR',
  ]);
}

/**
 * An appointment's event UID: its id within this database, and the database's own id, so two
 * practices (or a test copy) never share a UID, and renaming the clinic changes none.
 */
export function eventUid(appointmentId: number, calendarId: string): string {
  return `valgo-appointment-${appointmentId}@${calendarId}`;
}
