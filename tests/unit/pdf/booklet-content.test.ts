/*
 * What the printed booklet says, read back with pdftotext: names, diagnosis, notes verbatim, doses
 * after overrides, skipped steps, and what each edition contains (content spec §3.2, §5).
 */
import { describe, expect, it } from 'vitest';
import { BookletRequest } from '../../../shared/contract/booklets';
import { computePlan } from '../../../shared/plan';
import { fixture, skipNote, flat, popplerMissing, render } from './booklet-helpers';

const en = fixture('booklet-full-en');
const ru = fixture('booklet-ru');

describe.skipIf(popplerMissing)(`booklet content${skipNote}`, { timeout: 60_000 }, () => {
  it('full edition: names, diagnosis, notes, doses after overrides, skipped steps, one calendar per course', async () => {
    // Every calendar of the plan (by default a booklet holds the next three: booklet-length.test.ts).
    const { pages, text } = await render({ ...en, calendarCourses: 'all' });
    const all = flat(text);
    expect(flat(pages[0]!)).toContain('Mia’s foot care plan');
    expect(flat(pages[0]!)).toContain('Mia Novak');
    expect(flat(pages[0]!)).toContain('A home routine planned by your child’s specialist');
    for (const page of pages) expect(page).toContain('Mia Novak');

    expect(all).toContain('Left foot: degree 1 (heel angle)');
    expect(all).toContain('Right foot: no valgus');
    expect(all).toContain('Heel angle: 14°');
    expect(all).toContain('From Podiatrist Dr. Anna Example');
    for (const line of en.specialistNotes!.split('\n')) expect(all).toContain(line);
    expect(all).toContain('Very gentle on the left calf: she had a bruise there in May.');

    // X05 reps overridden to 8 (default 10–12 for a 4-year-old); M03 skipped.
    expect(all).toContain('Squats: 8');
    expect(all).not.toContain('Squats: 10–12');
    expect(all).not.toContain('Buttocks');
    expect(all).toContain('Tiptoe walk');
    expect(all).toContain('Repetitions: 3');
    expect(all).toContain('Left leg: the whole step.');

    const plan = computePlan(BookletRequest.parse(en));
    if (plan.status !== 'ok') throw new Error('blocked');
    const courses = plan.plan.calendar!.courses.length;
    const headers = all.match(/Course \d+ of about \d+/g) ?? [];
    expect(headers).toEqual(Array.from({ length: courses }, (_, i) => `Course ${i + 1} of about ${courses}`));
    expect(pages.length).toBeGreaterThanOrEqual(12);
    expect(pages.length).toBeLessThanOrEqual(30);
  });

  it('a skipped exercise loses its step and its calendar column', async () => {
    const { text } = await render({ ...en, overrides: { ...en.overrides, X04: { skip: true } } });
    expect(text).not.toContain('Sitting cross-legged');
    expect(text).not.toContain('Cross-legged');
    expect(text).toContain('Monkey feet');
  });

  it('information edition: explanation, warning signs and footwear, no steps and no calendar', async () => {
    const { pages, text } = await render({ ...en, clinician: null });
    const all = flat(text);
    expect(all).toContain('About your child’s feet');
    expect(all).toContain('Please see a specialist before you start any home massage.');
    expect(all).toContain('When to contact your doctor');
    expect(all).toContain('Shoes and socks');
    for (const absent of [
      'Part A',
      'Back and lower back',
      'Bumpy mat',
      'Your calendar',
      'Course 1 of about',
      'Did your specialist show you this step?',
    ])
      expect(all).not.toContain(absent);
    expect(pages.length).toBeLessThan(10);
  });

  it('specialist-care edition: its cover line, no massage steps unless the specialist confirms them', async () => {
    const degree3 = { ...en.assessment!, left: { ...en.assessment!.left, degree: 3 } };
    const care = flat((await render({ ...en, assessment: degree3 })).text);
    expect(care).toContain('Your child’s specialist is leading treatment');
    expect(care).toContain('Home massage is not the main treatment at this stage.');
    for (const absent of ['Back and lower back', 'Soles of the feet', 'Course 1 of about'])
      expect(care).not.toContain(absent);

    const confirmed = flat(
      (
        await render({
          ...en,
          assessment: degree3,
          settings: {
            ...en.settings,
            clinicianConfirmsHomeMassage: true,
            startMinutes: 4,
            peakMinutes: 10,
            endMinutes: 6,
          },
        })
      ).text,
    );
    expect(confirmed).toContain('Prescribed by your specialist as a supportive measure');
    expect(confirmed).toContain('Back and lower back');
    expect(confirmed).toContain('Course 1 of about');
  });

  it('Russian edition: Cyrillic names, Russian texts and page numbers', async () => {
    const { pages, text } = await render(ru);
    const all = flat(text);
    expect(flat(pages[0]!)).toContain('Алиса: план ухода за стопами');
    // Russian writes the family name first on formal pages (shared/person-name.ts).
    expect(flat(pages[0]!)).toContain('Смирнова Алиса');
    expect(all).toContain('Левая стопа: степень 2 (отпечаток стопы, плантография)');
    expect(all).toContain('От специалиста: Детский ортопед Ирина Петрова');
    expect(all).toContain('Кругов в каждую сторону: 12');
    expect(all).toContain('Стопы очень щекотливые — гладьте медленнее и чуть плотнее.');
    pages.forEach((page, i) => {
      expect(page).toContain('Смирнова Алиса');
      expect(page).toContain(`Стр. ${i + 1} из ${pages.length}`);
    });
  });

  it('a 5,000-character note is printed whole, flowing across pages', async () => {
    const words = Array.from({ length: 833 }, (_, i) => `n${String(i).padStart(4, '0')}`);
    const note = `${words.join(' ')} ok`;
    expect(note.length).toBe(5000);
    const { pages } = await render({ ...en, specialistNotes: note });
    const onPage = words.map((w) => pages.findIndex((p) => p.includes(w)));
    expect(onPage.every((p) => p >= 0)).toBe(true);
    expect(new Set(onPage).size).toBeGreaterThanOrEqual(2);
    // In order: each word on the same page as the one before it, or a later one.
    expect(onPage.every((p, i) => i === 0 || p >= onPage[i - 1]!)).toBe(true);
  });
});
