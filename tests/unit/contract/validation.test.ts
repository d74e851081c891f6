import { describe, expect, it } from 'vitest';
import {
  ageOn,
  isCalendarDate,
  localToday,
  PatientInput,
  Settings,
  toValidationIssues,
} from '../../../shared/contract';

const base = {
  firstName: 'Mia',
  lastName: 'Novak',
  dateOfBirth: '2021-03-04',
  sex: 'female',
  notes: '',
  guardians: [
    {
      name: 'Anna',
      relationship: 'mother',
      phone: '555 1234',
      email: '',
      preferredLanguage: 'en',
      contactConsent: true,
    },
  ],
};
const issuesOf = (input: unknown) => {
  const r = PatientInput.safeParse(input);
  return r.success ? [] : toValidationIssues(r.error);
};

describe('PatientInput', () => {
  it('trims names', () => {
    expect(PatientInput.parse({ ...base, firstName: '  Mia  ' }).firstName).toBe('Mia');
  });

  it('limits name length', () => {
    expect(issuesOf({ ...base, lastName: 'x'.repeat(81) })).toEqual([{ path: 'lastName', message: 'tooLong:80' }]);
  });

  it('rejects control and bidi-override characters', () => {
    expect(issuesOf({ ...base, firstName: 'Mi\u0007a' })).toEqual([
      { path: 'firstName', message: 'forbiddenCharacters' },
    ]);
    expect(issuesOf({ ...base, lastName: 'No\u202evak' })).toEqual([
      { path: 'lastName', message: 'forbiddenCharacters' },
    ]);
    expect(issuesOf({ ...base, lastName: 'No\u2066vak' })).toEqual([
      { path: 'lastName', message: 'forbiddenCharacters' },
    ]);
  });

  it('checks the date of birth: real date, not future, under 18 years', () => {
    expect(issuesOf({ ...base, dateOfBirth: '2021-02-30' })).toEqual([{ path: 'dateOfBirth', message: 'invalidDate' }]);
    const future = new Date();
    future.setDate(future.getDate() + 1);
    expect(issuesOf({ ...base, dateOfBirth: localToday(future) })).toEqual([
      { path: 'dateOfBirth', message: 'dateInFuture' },
    ]);
    const old = new Date();
    old.setFullYear(old.getFullYear() - 18);
    expect(issuesOf({ ...base, dateOfBirth: localToday(old) })).toEqual([
      { path: 'dateOfBirth', message: 'tooOldForPractice' },
    ]);
    expect(issuesOf({ ...base, dateOfBirth: localToday() })).toEqual([]);
  });

  it('checks phones: typed punctuation allowed, letters not, at least 5 digits', () => {
    const withPhone = (phone: string) => ({ ...base, guardians: [{ ...base.guardians[0], phone }] });
    expect(issuesOf(withPhone('+7 (912) 345-67.89'))).toEqual([]);
    expect(issuesOf(withPhone('12-34'))).toEqual([{ path: 'guardians.0.phone', message: 'phoneTooShort' }]);
  });

  it('maps missing fields and bad choices to message keys, not English sentences', () => {
    expect(issuesOf({ ...base, sex: 'x', firstName: undefined })).toEqual(
      expect.arrayContaining([
        { path: 'firstName', message: 'required' },
        { path: 'sex', message: 'chooseOne' },
      ]),
    );
  });
});

describe('dates', () => {
  it('recognises calendar dates, leap years included', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-13-01')).toBe(false);
    expect(isCalendarDate('24-01-01')).toBe(false);
  });

  it('counts age in whole years and months, a month once its day is reached', () => {
    expect(ageOn('2020-05-17', '2024-07-16')).toEqual({ years: 4, months: 1 });
    expect(ageOn('2020-05-17', '2024-07-17')).toEqual({ years: 4, months: 2 });
    expect(ageOn('2023-12-31', '2024-01-30')).toEqual({ years: 0, months: 0 });
    expect(ageOn('2023-12-31', '2024-12-31')).toEqual({ years: 1, months: 0 });
  });
});

describe('Settings', () => {
  it('allows an empty clinic phone but not a malformed one', () => {
    expect(Settings.partial().safeParse({ clinicPhone: '' }).success).toBe(true);
    expect(Settings.partial().safeParse({ clinicPhone: 'abc' }).success).toBe(false);
  });
});
