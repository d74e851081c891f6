import { describe, expect, it } from 'vitest';
import {
  buildCalendar,
  compactCalendar,
  escapeText,
  foldLine,
  icsDateTime,
  uidDomain,
  type IcsEvent,
} from '../../../electron/services/ics-format';
import { calendarProps, parseEvents } from './print-helpers';

const NOW = new Date('2025-05-20T10:00:00Z');
const octets = (s: string) => Buffer.byteLength(s, 'utf8');

const events: IcsEvent[] = [
  {
    uid: 'valgo-appointment-7@little-steps',
    start: '2025-06-03T07:30:00.000Z',
    end: '2025-06-03T07:50:00.000Z',
    summary: 'Foot check-up: Mia Novak',
    location: 'Little Steps, Children; Foot\\Clinic, 12 Oak Road, London',
    description: `Follow-up, 20 min\nWith Dr. Ana Kovač, Podiatrist\n${'If you cannot come, please call +44 20 7946 0123. '.repeat(4)}`,
  },
  {
    uid: 'valgo-appointment-9@little-steps',
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
    const text = buildCalendar(events, NOW);
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
  });

  it('round-trips through ical.js: instants, summary, location with commas, long description', () => {
    const parsed = parseEvents(buildCalendar(events, NOW));
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

  it('keeps the compact calendar to start, end and title', () => {
    const text = compactCalendar(events);
    expect(text).not.toMatch(/UID|DTSTAMP|LOCATION|DESCRIPTION/);
    const parsed = parseEvents(text);
    expect(parsed.map((e) => [e.start, e.end, e.summary])).toEqual(
      events.map((e) => [Date.parse(e.start), Date.parse(e.end), e.summary]),
    );
  });

  it("makes the UID's domain from the clinic name, else valgo", () => {
    expect(uidDomain('Little Steps, Children’s Clinic')).toBe('little-steps-children-s-clinic');
    expect(uidDomain('Клиника «Шаги»')).toBe('valgo');
    expect(uidDomain('')).toBe('valgo');
  });
});
