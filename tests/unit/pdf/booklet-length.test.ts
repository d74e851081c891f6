/*
 * A shorter booklet: it prints the calendars of the next few courses only (the clinician's choice,
 * else the clinic's default of 3), counted from the first course that has not ended on the day it
 * is made, keeps the plan at a glance for the whole plan, and says at which check-up the next
 * calendars come. A full 18-month program fits in 20 A4 pages, in English and in Russian.
 */
import { describe, expect, it } from 'vitest';
import { BookletRequest, type BookletRequestInput } from '../../../shared/contract/booklets';
import { bookletTexts } from '../../../shared/content';
import { computePlan, type Plan } from '../../../shared/plan';
import { renderBooklet } from '../../../electron/pdf/booklet/render-booklet';
import { flat } from './booklet-helpers';
import { fullProgram, pageCount, textRuns } from './text-runs';

function planFor(input: BookletRequestInput): Plan {
  const result = computePlan(BookletRequest.parse(input));
  if (result.status !== 'ok') throw new Error('blocked');
  return result.plan;
}

async function read(input: BookletRequestInput) {
  const bytes = await renderBooklet(BookletRequest.parse(input));
  const runs = await textRuns(bytes);
  const pages = Array.from({ length: await pageCount(bytes) }, (_, i) =>
    flat(
      runs
        .filter((r) => r.page === i + 1)
        .map((r) => r.text)
        .join(' '),
    ).replace(/\u00a0/g, ' '),
  );
  return { pages, text: pages.join(' ') };
}

const headers = (text: string, word: RegExp) => text.match(word) ?? [];
const EN_COURSE = /Course \d+ of about \d+/g;
/** The check-up log's boxes ("Check-up 1"), by the booklet's own words. */
const LOG_BOX = new RegExp(`${bookletTexts('en').checkupLog.visit.replace('{n}', '\\d+')}(?!\\S)`, 'g');

describe('a shorter booklet', { timeout: 120_000 }, () => {
  it.each(['en', 'ru'] as const)('a full 18-month program (%s) is at most 20 A4 pages', async (language) => {
    const input = fullProgram(language);
    const plan = planFor(input);
    expect(plan.settings!.horizonMonths.value).toBe(18);
    expect(plan.calendar!.courses.length).toBeGreaterThanOrEqual(12);
    const bytes = await renderBooklet(BookletRequest.parse(input));
    expect(await pageCount(bytes)).toBeLessThanOrEqual(20);
  });

  it('prints the next three courses by default, the whole plan at a glance, and when the next calendars come', async () => {
    const input = fullProgram('en');
    const total = planFor(input).calendar!.courses.length;
    const { pages, text } = await read(input);
    expect(headers(text, EN_COURSE)).toEqual([1, 2, 3].map((n) => `Course ${n} of about ${total}`));
    // The timeline still numbers every course of the plan.
    const glance = pages.find((p) => p.includes('Your plan at a glance'))!;
    for (let n = 1; n <= total; n++) expect(glance).toMatch(new RegExp(`(^|\\s)${n}(\\s|$)`));
    // No check-ups stored (a request file): the plan's first proposal, after course 1.
    const firstCheckup = planFor(input).followUps[0]!;
    expect(firstCheckup.date).toBe('2025-06-30');
    expect(glance).toContain(
      'Calendars in this booklet: courses 1–3. You will get the next ones at your check-up on 30 June 2025.',
    );
    // The last calendar says it too; the others do not.
    const calendars = pages.filter((p) => /Course \d+ of about/.test(p));
    expect(calendars).toHaveLength(3);
    expect(calendars[2]).toContain('You will get the next ones at your check-up on 30 June 2025.');
    expect(calendars[0]).not.toContain('You will get the next ones');
    // A booklet that is replaced at the next check-up has one check-up box.
    expect(headers(text, LOG_BOX)).toHaveLength(1);
  });

  it('counts from the first course not yet ended on the day the booklet is made, with the booked check-up', async () => {
    const input = fullProgram('en');
    const plan = planFor(input);
    const course4 = plan.calendar!.courses[3]!;
    const total = plan.calendar!.courses.length;
    // The next check-up after that day is booked for 09:15 three days after it is due.
    const next = plan.followUps.findIndex((f) => f.date > course4.endDate);
    expect(plan.followUps[next]!.date).toBe('2025-11-11');
    // Made on course 4's last day: course 4 has not ended yet.
    const { pages, text } = await read({
      ...input,
      generatedAt: `${course4.endDate}T17:00:00Z`,
      calendarCourses: 3,
      checkups: plan.followUps.map((f, i) => ({
        dueOn: f.date,
        purpose: f.reason,
        course: f.course,
        booked: i === next ? '2025-11-14T09:15' : null,
      })),
    });
    expect(headers(text, EN_COURSE)).toEqual([4, 5, 6].map((n) => `Course ${n} of about ${total}`));
    const glance = pages.find((p) => p.includes('Your plan at a glance'))!;
    expect(glance).toContain(
      'Calendars in this booklet: courses 4–6. You will get the next ones at your check-up on 14 November 2025, 09:15.',
    );
    // Course 4's calendar shows that booked visit as its next check-up.
    expect(pages.find((p) => p.includes('Course 4 of about'))).toContain('Next check-up: 14 November 2025, 09:15');
  });

  it('prints one course, or all that are left, when the clinician chooses so', async () => {
    const input = fullProgram('en');
    const total = planFor(input).calendar!.courses.length;
    const one = await read({ ...input, calendarCourses: 1 });
    expect(headers(one.text, EN_COURSE)).toEqual([`Course 1 of about ${total}`]);
    expect(one.text).toContain('Calendar in this booklet: course 1. You will get the next ones at your check-up on');
    const all = await read({ ...input, calendarCourses: 'all' });
    expect(headers(all.text, EN_COURSE)).toHaveLength(total);
    // Every calendar of the plan is here: nothing to announce, and a box per check-up.
    expect(all.text).not.toContain('Calendars in this booklet');
    expect(headers(all.text, LOG_BOX).length).toBe(Math.max(3, planFor(input).followUps.length));
  });

  it('Russian: the same in the booklet’s words', async () => {
    const { text } = await read(fullProgram('ru'));
    expect(headers(text, /Курс \d+ \(всего около \d+\)/g)).toHaveLength(3);
    expect(text).toContain('Календари в этой памятке: курсы 1–3. Следующие вы получите на контрольном осмотре');
  });
});
