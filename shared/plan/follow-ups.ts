/*
 * Proposed follow-up visits, §4.4 [PROPOSAL]: a review after course 1 (degree 2: after courses
 * 1 and 2), then every 3 months, and one at the end of the horizon. A review "after course k"
 * is the first day of the break that follows it, when technique and tolerance can be checked.
 */
import type { FollowUpSettings } from '../contract/plans';
import { PLAN_DEFAULTS } from '../contract/plans';
import { addDays, addMonths, daysBetween } from '../calendar/days';
import type { PlanNotice } from './reasons';
import type { Course, FollowUp } from './types';

const MIN_DAYS_BEFORE_END = 28;

interface FollowUpInput {
  courses: Course[];
  horizonEnd: string;
  worseDegree: number;
  settings: FollowUpSettings;
}

/**
 * A review that lands inside a course moves to the day after it: the family is mid-course then,
 * and the booklet's check-up should see the course's result (the first day of the next break).
 */
function outsideCourses(date: string, courses: readonly Course[]): string {
  const within = courses.find((c) => c.startDate <= date && date <= c.endDate);
  return within ? addDays(within.endDate, 1) : date;
}

export function proposeFollowUps({ courses, horizonEnd, worseDegree, settings }: FollowUpInput): {
  followUps: FollowUp[];
  notices: PlanNotice[];
} {
  const notices: PlanNotice[] = [];
  const afterSource = settings.afterCourses ? 'override' : 'degree_default';
  const afterCourses = settings.afterCourses ?? (worseDegree >= 2 ? [1, 2] : [1]);
  const visits: FollowUp[] = [];
  for (const k of [...afterCourses].sort((a, b) => a - b)) {
    const course = courses[k - 1];
    if (!course) {
      notices.push({ code: 'follow_up_course_beyond_horizon', course: k });
      continue;
    }
    visits.push({ date: addDays(course.endDate, 1), reason: 'after_course', course: k, source: afterSource });
  }

  // Periodic reviews count from the last course review, each from the anchor (no month drift).
  const every = settings.everyMonths ?? PLAN_DEFAULTS.followUpEveryMonths;
  const everySource = settings.everyMonths === undefined ? 'degree_default' : 'override';
  const anchor = visits.at(-1)?.date ?? courses[0]?.startDate;
  if (anchor)
    for (let i = 1; ; i++) {
      const date = addMonths(anchor, i * every);
      // Not within four weeks of the end review: one visit then serves both.
      if (daysBetween(date, horizonEnd) < MIN_DAYS_BEFORE_END) break;
      visits.push({ date: outsideCourses(date, courses), reason: 'every_months', course: null, source: everySource });
    }

  // A review after the last course can land on the horizon end: the end review then covers it.
  const inside = visits.filter((v) => v.date < horizonEnd);
  const unique = inside.filter((v, i) => inside.findIndex((w) => w.date === v.date) === i);
  unique.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  unique.push({ date: horizonEnd, reason: 'end_of_horizon', course: null, source: 'always' });
  return { followUps: unique, notices };
}
