import { describe, expect, it } from 'vitest';
import { fileNameFor } from '../../shared/file-names';

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
