import { describe, expect, it } from 'vitest';
import {
  buildCalendar,
  compactCalendar,
  escapeText,
  foldLine,
  eventUid,
  icsDateTime,
  type IcsEvent,
} from '../../../electron/services/print/ics-format';
import { calendarProps, eventIdentities, parseEvents } from './print-helpers';

const octets = (s: string) => Buffer.byteLength(s, 'utf8');

const events: IcsEvent[] = [
  {
    uid: 'valgo-appointment-7@0123456789ab',
    stamp: '2025-05-20T10:00:00.000Z',
    sequence: 0,
    start: '2025-06-03T07:30:00.000Z',
    end: '2025-06-03T07:50:00.000Z',
    summary: 'Foot check-up: Mia Novak',
    location: 'Little Steps, Children; Foot\\Clinic, 12 Oak Road, London',
    description: `Follow-up, 20 min\nWith Dr. Ana Kovač, Podiatrist\n${'If you cannot come, please call +44 20 7946 0123. '.repeat(4)}`,
  },
  {
    uid: 'valgo-appointment-9@0123456789ab',
    stamp: '2025-05-21T16:45:12.345Z',
    sequence: 3725,
    start: '2025-07-15T12:00:00.000Z',
    end: '2025-07-15T12:20:00.000Z',
    summary: 'Осмотр стоп: Мия Новак-Добровольская, очень длинная фамилия для проверки переноса строк',
  },
];

describe('iCalendar text', () => {
  it('writes UTC date-times without separators', () => {
    expect(icsDateTime('2025-06-03T07:30:00.000Z')).toBe('20250603T073000Z');
    expect(icsDateTime('2025-06-03T09:30:00+02:00')).toBe('20250603T073000Z');
  });

  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets with a leading space, never inside a UTF-8 character', () => {
    const line = `SUMMARY:${'Мия Новак '.repeat(20)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(3);
    parts.forEach((part, i) => {
      expect(octets(part)).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
      // A cut inside a two-byte character would leave a replacement character when decoded.
      expect(Buffer.from(part, 'utf8').toString('utf8')).not.toContain('\uFFFD');
    });
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });

  it('builds a published calendar with CRLF lines, none longer than 75 octets', () => {
    const text = buildCalendar(events);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(calendarProps(text)).toMatchObject({
      prodid: '-//Valgo//Follow-up visits//EN',
      version: '2.0',
      calscale: 'GREGORIAN',
      method: 'PUBLISH',
    });
    expect(text).toContain('DTSTAMP:20250520T100000Z');
    // SEQUENCE only once the booking changed (0 is the default).
    expect(text.match(/SEQUENCE:/g)).toHaveLength(1);
    expect(eventIdentities(text)).toEqual([
      { uid: events[0]!.uid, stamp: Date.parse('2025-05-20T10:00:00Z'), sequence: 0 },
      { uid: events[1]!.uid, stamp: Date.parse('2025-05-21T16:45:12Z'), sequence: 3725 },
    ]);
  });

  it('round-trips through ical.js: instants, summary, location with commas, long description', () => {
    const parsed = parseEvents(buildCalendar(events));
    expect(parsed).toEqual([
      {
        uid: events[0]!.uid,
        start: Date.parse(events[0]!.start),
        end: Date.parse(events[0]!.end),
        summary: events[0]!.summary,
        location: events[0]!.location,
        description: events[0]!.description,
      },
      {
        uid: events[1]!.uid,
        start: Date.parse(events[1]!.start),
        end: Date.parse(events[1]!.end),
        summary: events[1]!.summary,
        location: '',
        description: '',
      },
    ]);
  });

  it('keeps the compact calendar to identity, times and title: the same events as the full file', () => {
    const text = compactCalendar(events);
    expect(text).not.toMatch(/LOCATION|DESCRIPTION|METHOD/);
    const parsed = parseEvents(text);
    expect(parsed.map((e) => [e.uid, e.start, e.end, e.summary])).toEqual(
      events.map((e) => [e.uid, Date.parse(e.start), Date.parse(e.end), e.summary]),
    );
    expect(eventIdentities(text)).toEqual(eventIdentities(buildCalendar(events)));
  });

  it('names an event by its appointment and the calendar (database) it comes from', () => {
    expect(eventUid(42, '3f9a1c2e7b5d')).toBe('valgo-appointment-42@3f9a1c2e7b5d');
  });
});
