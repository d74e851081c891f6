/* The BookletRequest contract: the example requests parse, and errors carry message keys. */
import { describe, expect, it } from 'vitest';
import { BookletRequest } from '../../../shared/contract/booklets';
import { toValidationIssues } from '../../../shared/contract/issues';
import { fixture } from './booklet-helpers';

const en = fixture('booklet-full-en');
const issuesOf = (input: unknown) => {
  const r = BookletRequest.safeParse(input);
  return r.success ? [] : toValidationIssues(r.error);
};

describe('BookletRequest', () => {
  it('parses both example requests', () => {
    expect(BookletRequest.safeParse(en).success).toBe(true);
    expect(BookletRequest.safeParse(fixture('booklet-ru')).success).toBe(true);
  });

  it('accepts a whole AssessmentInput as the assessment', () => {
    const assessment = {
      ...en.assessment,
      patientId: 1,
      clinicianId: 2,
      assessedOn: '2025-06-01',
      notes: 'x',
      weightKg: null,
      heightCm: null,
    };
    const parsed = BookletRequest.parse({ ...en, assessment });
    expect(parsed.assessment).not.toHaveProperty('patientId');
  });

  it('reports message keys on the field paths', () => {
    expect(issuesOf({ ...en, paper: 'A5' })).toEqual([{ path: 'paper', message: 'chooseOne' }]);
    expect(issuesOf({ ...en, generatedAt: '2025-06-16 09:30' })).toEqual([
      { path: 'generatedAt', message: 'invalidDateTime' },
    ]);
    expect(issuesOf({ ...en, generatedAt: '2025-06-16T09:30:00' })).toEqual([
      { path: 'generatedAt', message: 'invalidDateTime' },
    ]);
    expect(issuesOf({ ...en, nextAppointment: '2025-02-30T10:00' })).toEqual([
      { path: 'nextAppointment', message: 'invalidDateTime' },
    ]);
    expect(issuesOf({ ...en, clinic: { ...en.clinic, logoPng: 'data:image/jpeg;base64,AAAA' } })).toEqual([
      { path: 'clinic.logoPng', message: 'pngDataUrl' },
    ]);
    expect(issuesOf({ ...en, specialistNotes: 'x'.repeat(5001) })).toEqual([
      { path: 'specialistNotes', message: 'tooLong:5000' },
    ]);
    expect(issuesOf({ ...en, stepNotes: { C09: 'no such step' } })).toEqual([
      { path: 'stepNotes.C09', message: 'unknownStep' },
    ]);
  });

  it('accepts visits as a date or a local date and time', () => {
    expect(
      issuesOf({ ...en, nextAppointment: '2025-07-14', bookedVisits: ['2025-07-14T10:30', '2025-10-01T09:00:00Z'] }),
    ).toEqual([]);
  });
});
