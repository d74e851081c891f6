import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { addMonths } from '../../../shared/calendar';
import {
  calendarDate,
  dateOfBirth,
  emailText,
  isEmailShape,
  lineText,
  localToday,
  lookupText,
  nearDate,
  notesText,
  optionalLineText,
  PatientInput,
  secretText,
  textProblem,
  toValidationIssues,
} from '../../../shared/contract';

const messages = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : toValidationIssues(r.error).map((i) => i.message);
};

describe('free text', () => {
  it('refuses lone surrogates, which have no UTF-8 form', () => {
    expect(messages(lineText(80), 'Li\ud800ly')).toEqual(['brokenCharacters']);
    expect(messages(lineText(80), '\udc00Anna')).toEqual(['brokenCharacters']);
    expect(messages(notesText(500), 'note \udbff')).toEqual(['brokenCharacters']);
    // A real pair (an emoji) is fine, and so is an emoji joined with ZWJ.
    expect(messages(lineText(80), 'Mia \ud83d\ude00')).toEqual([]);
    expect(messages(lineText(80), 'Mia \ud83d\udc69\u200d\ud83d\udc67')).toEqual([]);
  });

  it('refuses C0/C1 controls, bidi controls and separators; notes keep line breaks and tabs', () => {
    for (const c of ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u009b', '\u200e', '\u200f', '\u061c'])
      expect(messages(lineText(80), `Mi${c}a`)).toEqual(['forbiddenCharacters']);
    for (const c of ['\u202a', '\u202e', '\u2066', '\u2069', '\u2028', '\u2029'])
      expect(messages(optionalLineText(80), `No${c}vak`)).toEqual(['forbiddenCharacters']);
    expect(messages(lineText(80), 'a\nb')).toEqual(['forbiddenCharacters']);
    expect(notesText(500).parse('first\r\nsecond\tthird')).toBe('first\nsecond\tthird');
    expect(messages(notesText(500), 'first\u0000second')).toEqual(['forbiddenCharacters']);
    expect(messages(notesText(500), 'read \u202eevil')).toEqual(['forbiddenCharacters']);
  });

  it('refuses text made only of invisible characters, but keeps them inside real text', () => {
    for (const s of [
      '\u200b',
      '\u200b\u200c\u200d',
      '\u00ad',
      '\ufeff\u2060',
      '\ufe0f',
      '\u3164',
      ' \u200b ',
      '\udb40\udc41',
    ])
      expect(messages(optionalLineText(80), s)).toEqual(['invisibleOnly']);
    expect(messages(lineText(80), '\u200b')).toEqual(['invisibleOnly']);
    expect(messages(notesText(500), '\u200b\n\u200b')).toEqual(['invisibleOnly']);
    expect(messages(lineText(80), 'Anna\u00adMaria')).toEqual([]);
    expect(optionalLineText(80).parse('   ')).toBe('');
  });

  it('checks characters only once the length passed, and says only that it is too long', () => {
    expect(messages(lineText(10), 'x'.repeat(11) + '\u0000\ud800')).toEqual(['tooLong:10']);
    expect(messages(notesText(10), '\u0000'.repeat(11))).toEqual(['tooLong:10']);
  });

  it('look-up text drops what it cannot search for instead of refusing', () => {
    expect(lookupText(200).parse(' No\u0000vak\u202e \ud800 \u200b ')).toBe('No vak');
    expect(messages(lookupText(5), 'abcdef')).toEqual(['tooLong:5']);
  });

  it('secrets are kept as typed but must be well-formed', () => {
    expect(secretText(200).parse(' pass word ')).toBe(' pass word ');
    expect(messages(secretText(200), 'pass\ud800word')).toEqual(['brokenCharacters']);
  });

  it('textProblem names the first problem', () => {
    expect(textProblem('ok')).toBeNull();
    expect(textProblem('a\tb')).toBe('forbiddenCharacters');
    expect(textProblem('a\tb', true)).toBeNull();
  });
});

describe('email', () => {
  const OLD = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

  it('accepts the same addresses as the old pattern', () => {
    const char = fc.constantFrom('a', 'b', '.', '@', ' ', '\t', '-', 'é');
    fc.assert(
      fc.property(fc.string({ unit: char, maxLength: 12 }), (s) => {
        expect(isEmailShape(s)).toBe(OLD.test(s));
      }),
      { numRuns: 3000 },
    );
    expect(isEmailShape('olga@example.com')).toBe(true);
    expect(isEmailShape('olga@example')).toBe(false);
    expect(isEmailShape('olga@.com')).toBe(false);
    expect(isEmailShape('olga@example.')).toBe(false);
  });

  it('answers a 128 KB email in under 50 ms, saying only that it is too long', () => {
    for (const huge of ['a@' + 'a.'.repeat(64 * 1024) + ' ', 'x'.repeat(128 * 1024), '@'.repeat(128 * 1024)]) {
      const started = performance.now();
      const result = messages(emailText(200), huge);
      expect(performance.now() - started).toBeLessThan(50);
      expect(result).toEqual(['tooLong:200']);
    }
    // The same through the whole child form (the email sits two levels down).
    const started = performance.now();
    const r = PatientInput.safeParse({ guardians: [{ email: 'a@' + 'a.'.repeat(64 * 1024) + ' ' }] });
    expect(performance.now() - started).toBeLessThan(50);
    expect(r.success).toBe(false);
  });

  it('still refuses a malformed short address and control characters', () => {
    expect(messages(emailText(200), 'a@' + 'a'.repeat(150))).toEqual(['invalidEmail']);
    expect(messages(emailText(200), 'a b@example.com')).toEqual(['invalidEmail']);
    expect(messages(emailText(200), 'olga@exa\u0000mple.com')).toEqual(['forbiddenCharacters']);
    expect(messages(emailText(200), '')).toEqual([]);
  });
});

describe('dates', () => {
  const today = localToday();

  it('keeps every date between the years 1900 and 2200', () => {
    expect(messages(calendarDate, '1899-12-31')).toEqual(['dateOutOfRange']);
    expect(messages(calendarDate, '2201-01-01')).toEqual(['dateOutOfRange']);
    expect(messages(calendarDate, '9999-12-31')).toEqual(['dateOutOfRange']);
    expect(messages(calendarDate, '0001-01-01')).toEqual(['dateOutOfRange']);
    expect(messages(calendarDate, '1900-01-01')).toEqual([]);
    expect(messages(calendarDate, '2200-12-31')).toEqual([]);
    expect(messages(calendarDate, '2024-02-30')).toEqual(['invalidDate']);
    expect(messages(calendarDate, '+02024-01-01')).toEqual(['invalidDate']);
  });

  it('keeps visits, diary ranges and plans within 10 years of today', () => {
    expect(messages(nearDate, today)).toEqual([]);
    expect(messages(nearDate, addMonths(today, 119))).toEqual([]);
    expect(messages(nearDate, addMonths(today, -119))).toEqual([]);
    expect(messages(nearDate, addMonths(today, 121))).toEqual(['dateTooFar']);
    expect(messages(nearDate, addMonths(today, -121))).toEqual(['dateTooFar']);
    expect(messages(nearDate, '9999-12-31')).toEqual(['dateOutOfRange']);
  });

  it('keeps a date of birth between 1900 and today', () => {
    expect(messages(dateOfBirth, '1850-01-01')).toEqual(['dateOutOfRange']);
    expect(messages(dateOfBirth, addMonths(today, 1))).toEqual(['dateInFuture']);
    expect(messages(dateOfBirth, today)).toEqual([]);
  });
});
