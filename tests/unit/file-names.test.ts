import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILE_WHAT, fileNameFor, MAX_FILE_NAME_BYTES } from '../../shared/file-names';
import { bookingEn } from '../../renderer/i18n/booking.en';
import { bookingRu } from '../../renderer/i18n/booking.ru';

describe('file names (one pattern for every file handed over)', () => {
  it('names a child’s file family name first, then what, then the date', () => {
    const child = { firstName: 'Mia', lastName: 'Novak' };
    expect(fileNameFor({ child, what: 'Foot care plan', date: '2026-03-09', extension: 'pdf' })).toBe(
      'Valgo – Novak Mia – Foot care plan – 2026-03-09.pdf',
    );
    expect(fileNameFor({ child, what: 'Visits', date: '2026-03-09', extension: 'ics' })).toBe(
      'Valgo – Novak Mia – Visits – 2026-03-09.ics',
    );
  });

  it('includes a patronymic, leaves out the child on a day list, and drops what file systems refuse', () => {
    expect(
      fileNameFor({
        child: { firstName: 'Анна', middleName: 'Сергеевна', lastName: 'Петрова' },
        what: 'Карта пациента',
        date: '2026-03-09',
        extension: 'json',
      }),
    ).toBe('Valgo – Петрова Анна Сергеевна – Карта пациента – 2026-03-09.json');
    expect(fileNameFor({ what: 'Day list', date: '2026-03-09', extension: 'pdf' })).toBe(
      'Valgo – Day list – 2026-03-09.pdf',
    );
    expect(
      fileNameFor({
        child: { firstName: 'Mia/<x>', lastName: 'No:vak' },
        what: 'A?',
        date: '2026-03-09',
        extension: 'pdf',
      }),
    ).toBe('Valgo – Novak Miax – A – 2026-03-09.pdf');
  });
});

describe('file names are safe on Windows, macOS and Linux', () => {
  const utf8Bytes = (s: string) => new TextEncoder().encode(s).length;

  it('puts the clinician of a day list after what it is', () => {
    expect(fileNameFor({ what: 'Day list', detail: 'Dr. B', date: '2026-03-09', extension: 'pdf' })).toBe(
      'Valgo – Day list – Dr. B – 2026-03-09.pdf',
    );
    expect(fileNameFor({ what: 'Day list', detail: null, date: '2026-03-09', extension: 'pdf' })).toBe(
      'Valgo – Day list – 2026-03-09.pdf',
    );
  });

  it('drops every character a file system refuses, control characters and invisible direction marks', () => {
    const name = fileNameFor({
      child: { firstName: 'M\u0000i\u001fa\u007f', lastName: 'No\\v|a"k*' },
      what: 'Card\u202E\u200Bfdp.exe\t<1>',
      date: '2026-03-09',
      extension: 'pdf',
    });
    expect(name).toBe('Valgo – Novak Mia – Cardfdp.exe 1 – 2026-03-09.pdf');
    expect(name).not.toMatch(/[\\/:*?"<>|\p{Cc}\p{Cf}]/u);
  });

  it('caps the length in bytes, cutting the name and never the app, the date or the extension', () => {
    const name = fileNameFor({
      child: { firstName: 'Анастасия'.repeat(12), middleName: 'Александровна', lastName: 'Петрова-Водкина' },
      what: FILE_WHAT.ru.booklet,
      date: '2026-03-09',
      extension: 'pdf',
    });
    expect(utf8Bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(name).toMatch(/^Valgo – Петрова-Водкина Анастасия.*… – 2026-03-09\.pdf$/u);
    expect(name).not.toContain('\uFFFD');
  });

  it('keeps within the cap for any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ maxLength: 300 }), (first, what) => {
        const name = fileNameFor({
          child: { firstName: first, lastName: 'N' },
          what,
          date: '2026-03-09',
          extension: 'ics',
        });
        expect(utf8Bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
        expect(name).not.toMatch(/[\\/:*?"<>|\p{Cc}\p{Cf}]/u);
        expect(name.startsWith('Valgo – ')).toBe(true);
        expect(name.endsWith(' – 2026-03-09.ics')).toBe(true);
      }),
    );
  });
});

describe('what each file is called', () => {
  it('main says what the renderer says, in every language', () => {
    for (const [language, strings] of [
      ['en', bookingEn],
      ['ru', bookingRu],
    ] as const) {
      expect({
        booklet: strings['file.booklet'],
        card: strings['file.card'],
        visits: strings['file.visits'],
        dayList: strings['file.dayList'],
        record: strings['file.record'],
      }).toEqual(FILE_WHAT[language]);
    }
  });
});
