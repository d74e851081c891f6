import { describe, expect, it } from 'vitest';
import { dayStart } from '../../../shared/calendar/local-time';
import type { Course, FollowUp } from '../../../shared/plan';
import { matchCheckups, type BookedVisit } from '../../../electron/services/booklets/care-plans';

const at = (date: string, hour = 9) => dayStart(date) + hour * 3_600_000;
const visit = (id: number, date: string, purpose: string | null = null, course: number | null = null): BookedVisit => ({
  appointmentId: id,
  startsAt: at(date),
  status: 'booked',
  recallId: purpose ? 100 + id : null,
  purpose,
  course,
});
const followUp = (date: string, reason: FollowUp['reason'], course: number | null = null): FollowUp => ({
  date,
  reason,
  course,
  source: 'degree_default',
});
const course = (number: number, startDate: string, endDate: string): Course => ({
  number,
  startDate,
  endDate,
  days: [],
});

describe('pairing check-ups with booked visits', () => {
  const courses = [course(1, '2027-01-01', '2027-01-21'), course(2, '2027-02-18', '2027-03-10')];
  const plan = [
    followUp('2027-01-22', 'after_course', 1),
    followUp('2027-03-11', 'after_course', 2),
    followUp('2027-06-11', 'every_months'),
    followUp('2027-09-11', 'every_months'),
  ];

  it('keeps a visit booked for the same check-up even when the dates moved, within a month', () => {
    const ids = (m: (BookedVisit | null)[]) => m.map((v) => v?.appointmentId ?? null);
    // Course 2's visit was booked for 16 March; the regular ones 25 days and 40 days from the new dates.
    const visits = [
      visit(1, '2027-03-16', 'after_course', 2),
      visit(2, '2027-07-06', 'every_months'),
      visit(3, '2027-10-21', 'every_months'),
    ];
    expect(ids(matchCheckups(plan, courses, visits))).toEqual([null, 1, 2, null]);
  });

  it('takes the nearest free visit within two weeks, never one inside a course, each visit once', () => {
    const ids = (m: (BookedVisit | null)[]) => m.map((v) => v?.appointmentId ?? null);
    const visits = [
      visit(1, '2027-01-15'), // inside course 1
      visit(2, '2027-01-30'), // 8 days after the first check-up
      visit(3, '2027-01-24'), // 2 days after: nearer
      visit(4, '2027-05-20'), // 22 days before the regular one: too far
    ];
    expect(ids(matchCheckups(plan, courses, visits))).toEqual([3, null, null, null]);
  });
});
