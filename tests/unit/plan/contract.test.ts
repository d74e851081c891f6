import { describe, expect, it } from 'vitest';
import { toValidationIssues } from '../../../shared/contract';
import { CustomSteps, PlanInput, PlanSettings, StepOverrides } from '../../../shared/contract/plans';
import { rawInput } from './build-input';

const issues = (schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : toValidationIssues(r.error as Parameters<typeof toValidationIssues>[0]);
};
const settings = (s: Record<string, unknown>) => issues(PlanSettings, { startDate: '2025-06-15', ...s });

describe('PlanSettings', () => {
  it('accepts the minimum and leaves engine defaults unset', () => {
    expect(PlanSettings.parse({ startDate: '2025-06-15' })).toEqual({
      startDate: '2025-06-15',
      clinicianConfirmsHomeMassage: false,
      clinicianConfirmsUnder2: false,
      prescribed: { orthoses: 'none', shoes: 'none', clinicPhysio: [], strapping: false },
      followUp: {},
    });
  });

  it.each([
    [{ startDate: '2025-02-30' }, 'startDate', 'invalidDate'],
    [{ courseDays: 6 }, 'courseDays', 'courseDaysRange'],
    [{ courseDays: 22 }, 'courseDays', 'courseDaysRange'],
    [{ courseDays: 14.5 }, 'courseDays', 'courseDaysRange'],
    [{ courseDays: 6.5 }, 'courseDays', 'courseDaysRange'],
    [{ breakDays: 13 }, 'breakDays', 'breakDaysRange'],
    [{ breakDays: 43 }, 'breakDays', 'breakDaysRange'],
    [{ horizonMonths: 25 }, 'horizonMonths', 'horizonRange'],
    [{ peakMinutes: 31 }, 'peakMinutes', 'peakMax:30'],
    [{ startMinutes: 0 }, 'startMinutes', 'minutesRange:1-30'],
    [{ startMinutes: 10, peakMinutes: 8 }, 'startMinutes', 'startAbovePeak'],
    [{ endMinutes: 10, peakMinutes: 8 }, 'endMinutes', 'endAbovePeak'],
    [{ followUp: { everyMonths: 13 } }, 'followUp.everyMonths', 'followUpEveryRange'],
    [{ followUp: { afterCourses: [1, 1] } }, 'followUp.afterCourses', 'duplicateCourse'],
    [{ unaffectedLegMode: 'half' }, 'unaffectedLegMode', 'chooseOne'],
  ])('%j -> %s %s', (s, path, message) => {
    expect(settings(s)).toEqual([{ path, message }]);
  });

  it('accepts the range edges', () => {
    expect(settings({ courseDays: 7, breakDays: 14, peakMinutes: 30, horizonMonths: 3 })).toEqual([]);
    expect(settings({ courseDays: 21, breakDays: 42, startMinutes: 30, peakMinutes: 30, endMinutes: 30 })).toEqual([]);
  });

  it('home massage under specialist care needs every dose entered', () => {
    expect(settings({ clinicianConfirmsHomeMassage: true, peakMinutes: 10 })).toEqual([
      { path: 'startMinutes', message: 'dosesRequired' },
      { path: 'endMinutes', message: 'dosesRequired' },
    ]);
  });
});

describe('StepOverrides', () => {
  it.each([
    [{ M01: { skip: true } }, 'M01', 'unknownStep'],
    [{ M09: { skip: true } }, 'M09', 'unknownStep'],
    [{ Z01: { skip: true } }, 'Z01', 'unknownStep'],
    [{ X05: { reps: 31 } }, 'X05.reps', 'repsRange'],
    [{ X05: { reps: 0 } }, 'X05.reps', 'repsRange'],
    [{ M04: { reps: 3 } }, 'M04.reps', 'repsNotAllowed'],
    [{ X01: { minutes: 21 } }, 'X01.minutes', 'minutesRange:1-20'],
    [{ X04: { minutes: 11 } }, 'X04.minutes', 'minutesRange:1-10'],
    [{ B01: { minutes: 0 } }, 'B01.minutes', 'minutesRange:1-10'],
    [{ X02: { minutes: 2 } }, 'X02.minutes', 'minutesNotAllowed'],
    [{ X01: { minutes: 2.5 } }, 'X01.minutes', 'wholeMinutes'],
    [{ X03: { holdSeconds: 16 } }, 'X03.holdSeconds', 'holdSecondsRange'],
    [{ X05: { holdSeconds: 5 } }, 'X05.holdSeconds', 'holdSecondsNotAllowed'],
    [{ M02: { side: 'left' } }, 'M02.side', 'sideNotAllowed'],
    [{ X03: { side: 'left' } }, 'X03.side', 'sideNotAllowed'],
    [{ X01: { intensityCap: 'light' } }, 'X01.intensityCap', 'intensityCapNotAllowed'],
  ])('%j -> %s %s', (value, path, message) => {
    expect(issues(StepOverrides, value)).toEqual([{ path, message }]);
  });

  it('accepts the edges of every per-step range', () => {
    const ok = { X01: { minutes: 20 }, X04: { minutes: 10 }, B01: { minutes: 1 }, X03: { reps: 30, holdSeconds: 15 } };
    expect(issues(StepOverrides, ok)).toEqual([]);
    expect(
      issues(StepOverrides, { M06: { skip: true, reason: 'bruise', side: 'left', intensityCap: 'light' } }),
    ).toEqual([]);
  });
});

describe('custom steps, notes and the whole input', () => {
  const custom = { id: 'C01', after: 'X05', title: 'Tiptoe walk', text: 'Walk on tiptoes 3 times.' };

  it('validates custom steps', () => {
    expect(issues(CustomSteps, [custom])).toEqual([]);
    expect(issues(CustomSteps, [{ ...custom, id: 'X99' }])).toEqual([{ path: '0.id', message: 'customStepId' }]);
    expect(issues(CustomSteps, [custom, custom])).toEqual([{ path: '1.id', message: 'duplicateId' }]);
    expect(issues(CustomSteps, [{ ...custom, after: 'M13' }])).toEqual([{ path: '0.after', message: 'chooseOne' }]);
    expect(issues(CustomSteps, [{ ...custom, text: '   ' }])).toEqual([{ path: '0.text', message: 'required' }]);
    expect(issues(CustomSteps, [{ ...custom, reps: 31 }])).toEqual([{ path: '0.reps', message: 'repsRange' }]);
  });

  it('limits notes to 1000 characters', () => {
    const long = 'x'.repeat(1001);
    expect(issues(PlanInput, { ...rawInput(), specialistNotes: long })).toEqual([
      { path: 'specialistNotes', message: 'tooLong:1000' },
    ]);
    expect(issues(PlanInput, { ...rawInput(), stepNotes: { M06: long } })).toEqual([
      { path: 'stepNotes.M06', message: 'tooLong:1000' },
    ]);
    expect(issues(PlanInput, { ...rawInput(), stepNotes: { Q01: 'x' } })).toEqual([
      { path: 'stepNotes.Q01', message: 'unknownStep' },
    ]);
    expect(PlanInput.parse({ ...rawInput(), stepNotes: { M06: ' line 1\r\nline 2 ' } }).stepNotes.M06).toBe(
      'line 1\nline 2',
    );
  });

  it('refers to custom steps that exist only', () => {
    expect(issues(PlanInput, { ...rawInput(), stepNotes: { C01: 'x' } })).toEqual([
      { path: 'stepNotes.C01', message: 'unknownStep' },
    ]);
    expect(issues(PlanInput, { ...rawInput(), customSteps: [custom], stepNotes: { C01: 'x' } })).toEqual([]);
  });

  it('M08 may be skipped with the rest of Part A, not alone', () => {
    const partA = ['M02', 'M03', 'M04', 'M05', 'M06', 'M07'];
    const all = Object.fromEntries([...partA, 'M08'].map((id) => [id, { skip: true }]));
    expect(issues(PlanInput, { ...rawInput(), overrides: all })).toEqual([]);
    expect(issues(PlanInput, { ...rawInput(), overrides: { ...all, M07: {} } })).toEqual([
      { path: 'overrides.M08.skip', message: 'm08SkipAlone' },
    ]);
  });
});
