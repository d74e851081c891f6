import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localToday, type ProposeInput } from '../../shared/contract';
import { addDays } from '../../shared/calendar';
import { createI18n } from '../../renderer/i18n';
import { createDiaryFormat } from '../../renderer/screens/Diary/format';
import { bornAgo, renderRealApp } from './render-app';
import {
  issuePlan,
  seedAssessment,
  seedChild,
  seedClinician,
  seedHours,
  startRealCore,
  type RealCore,
} from './real-core';

/*
 * "Book follow-ups" against the real core: the plan is stored by issuing the booklet
 * (`booklets:issue`), and what the screen books is read back with `care-plans:schedule`.
 */

const i18n = createI18n('en');
const fmt = createDiaryFormat(i18n);
const COURSE_DAYS = 21;

/** Irina and Oleg work 09:00-17:00 every day; Oleg assessed Mia, whose plan starts in five days. */
async function family(start = addDays(localToday(), 5)) {
  const real = await startRealCore();
  const irina = await seedClinician(real, 'Dr Irina Volkova');
  const oleg = await seedClinician(real, 'Dr Oleg Smirnov');
  await seedHours(real, irina);
  await seedHours(real, oleg);
  const mia = await seedChild(real, { firstName: 'Mia', lastName: 'Sokolova', dateOfBirth: bornAgo(4, 2) });
  await seedAssessment(real, mia, oleg);
  const schedule = await issuePlan(real, mia, { startDate: start, courseDays: COURSE_DAYS });
  return { real, irina, oleg, mia, start, schedule };
}

const proposeCalls = (real: RealCore) => real.callsTo('slots:propose') as ProposeInput[];

const checkupList = () => screen.findByRole('list', { name: 'Check-ups of the plan' });

describe('book follow-ups', { timeout: 60_000 }, () => {
  beforeEach(() => {
    URL.createObjectURL = vi.fn(() => 'blob:valgo');
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => vi.restoreAllMocks());

  it('offers exactly the plan’s check-ups, books the chosen ones linked to them, and undoes it', async () => {
    const { real, oleg, mia, start, schedule } = await family();
    const afterCourse1 = addDays(start, COURSE_DAYS);
    expect(schedule.checkups[0]).toMatchObject({ dueOn: afterCourse1, purpose: 'after_course', course: 1 });
    const dates = schedule.checkups.map((c) => c.dueOn);
    expect(dates.length).toBeGreaterThanOrEqual(3);

    const { user } = await renderRealApp(real, `#/children/${mia.id}/book`);
    expect(await screen.findByRole('heading', { name: 'Book follow-ups' })).toBeInTheDocument();
    expect(
      await screen.findByText(
        `From the plan issued on ${i18n.date(localToday())}, starting ${i18n.date(start)}: the dates the family’s booklet prints.`,
      ),
    ).toBeInTheDocument();
    const list = await checkupList();
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(dates.length);
    expect(items[0]).toHaveAccessibleName(`Check-up after course 1, Due ${fmt.dayLong(afterCourse1)}`);
    expect(items.at(-1)).toHaveAccessibleName(`End-of-plan check-up, Due ${fmt.dayLong(dates.at(-1)!)}`);
    expect(screen.getByRole('combobox', { name: 'Clinician' })).toHaveTextContent('Dr Oleg Smirnov');

    // The free times asked for are those of the stored check-ups, nothing recomputed.
    expect(proposeCalls(real)).toHaveLength(1);
    expect(proposeCalls(real)[0]).toMatchObject({ clinicianId: oleg.id, patientId: mia.id });
    expect(proposeCalls(real)[0]!.proposals.map((p) => p.dueOn)).toEqual(dates);
    // Oleg is free all day: each check-up is offered 09:00 on its due day first.
    items.forEach((item, i) =>
      expect(within(item).getByRole('radio', { checked: true })).toHaveAttribute('value', `${dates[i]}T09:00`),
    );

    // Skip the end-of-plan check-up; book the rest with Ctrl+Enter.
    await user.click(within(items.at(-1)!).getByRole('radio', { name: /Skip/ }));
    expect(screen.getByText(`${dates.length - 1} check-ups to book for Mia Sokolova, 1 skipped`)).toBeInTheDocument();
    await user.keyboard('{Control>}{Enter}{/Control}');
    const booked = dates.length - 1;
    expect(
      await screen.findByRole('heading', { name: `${booked} check-ups booked for Mia Sokolova` }),
    ).toBeInTheDocument();
    const result = screen.getByRole('list', { name: 'Booked visits' });
    expect(within(result).getAllByRole('listitem')[0]).toHaveTextContent('Check-up after course 1 · Dr Oleg Smirnov');
    expect(screen.getByRole('list', { name: /^Skipped/ })).toHaveTextContent('End-of-plan check-up');

    // Read back from main: each booked visit answers its check-up; the skipped one stays due.
    const after = (await real.call('care-plans:schedule', { patientId: mia.id }))!;
    expect(after.checkups.map((c) => [c.state, c.visit?.date ?? null, c.visit?.start ?? null])).toEqual(
      dates.map((d, i) => (i < booked ? ['booked', d, '09:00'] : ['due', null, null])),
    );
    const visits = await real.call('appointments:patient', { patientId: mia.id });
    expect(visits.map((v) => v.recallId).sort()).toEqual(
      after.checkups
        .slice(0, booked)
        .map((c) => c.id)
        .sort(),
    );

    // The family's calendar file holds the booked visits.
    await user.click(screen.getByRole('button', { name: 'Add to calendar (.ics)' }));
    expect(await screen.findByText(`Calendar file saved with ${booked} visits`)).toBeInTheDocument();

    // Undo: one step, the visits go and the check-ups are due again.
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Booking undone: the check-ups are due again')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Book all' })).toBeInTheDocument();
    const undone = (await real.call('care-plans:schedule', { patientId: mia.id }))!;
    expect(undone.checkups.map((c) => c.state)).toEqual(dates.map(() => 'due'));
    expect(await real.call('appointments:patient', { patientId: mia.id })).toEqual([]);
  });

  it('shows a booked check-up with its visit and a done one as done, offering times only for the others', async () => {
    // The plan started a course ago: the check-up after course 1 is due today.
    const today = localToday();
    const { real, oleg, mia, schedule } = await family(addDays(today, -COURSE_DAYS));
    const [first, second, ...rest] = schedule.checkups;
    expect(first).toMatchObject({ dueOn: today, state: 'due' });
    // Seen today (booked by hand in the diary, linked to the check-up, marked attended) ...
    const seen = await real.call('appointments:create', {
      patientId: mia.id,
      clinicianId: oleg.id,
      typeId: 2,
      start: { date: today, time: '08:00' },
      note: '',
    });
    await real.call('appointments:set-status', {
      id: seen.appointment.id,
      version: seen.appointment.version,
      status: 'attended',
    });
    // ... and the next check-up booked by hand two days after its due date: linked to it too.
    const byHand = addDays(second!.dueOn, 2);
    await real.call('appointments:create', {
      patientId: mia.id,
      clinicianId: oleg.id,
      typeId: 2,
      start: { date: byHand, time: '11:00' },
      note: '',
    });

    await renderRealApp(real, `#/children/${mia.id}/book`);
    const items = within(await checkupList()).getAllByRole('listitem');
    expect(items).toHaveLength(schedule.checkups.length);
    expect(items[0]).toHaveTextContent('Done');
    expect(items[0]).toHaveTextContent(`Seen on ${fmt.when(today, '08:00')}`);
    expect(within(items[0]!).queryByRole('radio')).not.toBeInTheDocument();
    expect(items[1]).toHaveTextContent('Booked');
    expect(within(items[1]!).getByRole('link', { name: `Booked for ${fmt.when(byHand, '11:00')}` })).toHaveAttribute(
      'href',
      `#/diary?date=${byHand}`,
    );
    expect(within(items[1]!).queryByRole('radio')).not.toBeInTheDocument();
    for (const item of items.slice(2)) expect(within(item).getByRole('radio', { checked: true })).toBeInTheDocument();
    await waitFor(() => expect(proposeCalls(real)).toHaveLength(1));
    expect(proposeCalls(real)[0]!.proposals.map((p) => p.dueOn)).toEqual(rest.map((c) => c.dueOn));
    expect(screen.getByText(`${rest.length} check-ups to book for Mia Sokolova, 0 skipped`)).toBeInTheDocument();
  });

  it('says so when a chosen time was taken meanwhile, and offers fresh times', async () => {
    const { real, oleg, schedule, mia } = await family();
    const ivan = await seedChild(real, { firstName: 'Ivan', lastName: 'Petrov', dateOfBirth: bornAgo(6) });
    const { user } = await renderRealApp(real, `#/children/${mia.id}/book`);
    const items = within(await checkupList()).getAllByRole('listitem');
    const due = schedule.checkups[0]!.dueOn;
    expect(within(items[0]!).getByRole('radio', { checked: true })).toHaveAttribute('value', `${due}T09:00`);
    // Another desk books Ivan at that time.
    await real.call('appointments:create', {
      patientId: ivan.id,
      clinicianId: oleg.id,
      typeId: 2,
      start: { date: due, time: '09:00' },
      note: '',
    });
    await user.click(screen.getByRole('button', { name: 'Book all' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('One of the times was just taken');
    await waitFor(() => expect(proposeCalls(real)).toHaveLength(2));
    const fresh = within(await checkupList()).getAllByRole('listitem');
    await waitFor(() =>
      expect(within(fresh[0]!).getByRole('radio', { checked: true })).toHaveAttribute('value', `${due}T09:20`),
    );
    expect(await real.call('appointments:patient', { patientId: mia.id })).toEqual([]);
  });

  it('explains where check-ups come from when no booklet was issued yet', async () => {
    const real = await startRealCore();
    const oleg = await seedClinician(real, 'Dr Oleg Smirnov');
    const ivan = await seedChild(real, { firstName: 'Ivan', lastName: 'Petrov', dateOfBirth: bornAgo(5) });
    await seedAssessment(real, ivan, oleg);
    const { user } = await renderRealApp(real, `#/children/${ivan.id}/book`);
    expect(await screen.findByText('No plan to book from yet')).toBeInTheDocument();
    expect(screen.getByText(/Check-ups come from the child’s booklet/)).toBeInTheDocument();
    const prepare = screen.getByRole('link', { name: 'Prepare booklet' });
    expect(prepare).toHaveAttribute('href', `#/children/${ivan.id}/booklet`);
    expect(proposeCalls(real)).toHaveLength(0);
    await user.click(prepare);
    expect(window.location.hash).toBe(`#/children/${ivan.id}/booklet`);
  });
});

describe('child visits (on the child screen)', { timeout: 60_000 }, () => {
  it('lists the visits ahead and earlier with their status, and opens Book follow-ups', async () => {
    const real = await startRealCore();
    const irina = await seedClinician(real, 'Dr Irina Volkova');
    const oleg = await seedClinician(real, 'Dr Oleg Smirnov');
    await seedHours(real, oleg);
    const mia = await seedChild(real, { firstName: 'Mia', lastName: 'Sokolova', dateOfBirth: bornAgo(4, 2) });
    const today = localToday();
    const book = async (clinicianId: number, date: string, time: string) =>
      (
        await real.call('appointments:create', {
          patientId: mia.id,
          clinicianId,
          typeId: 2,
          start: { date, time },
          note: '',
        })
      ).appointment.id;
    await book(oleg.id, addDays(today, 20), '10:00');
    await real.call('appointments:set-status', {
      id: await book(oleg.id, addDays(today, -30), '11:00'),
      version: 1,
      status: 'attended',
    });
    await real.call('appointments:set-status', {
      id: await book(irina.id, addDays(today, -60), '09:00'),
      version: 1,
      status: 'no_show',
    });

    const { user } = await renderRealApp(real, `#/children/${mia.id}`);
    const ahead = await screen.findByRole('list', { name: 'Coming up' });
    expect(within(ahead).getAllByRole('listitem')).toHaveLength(1);
    expect(within(ahead).getByRole('listitem')).toHaveTextContent(
      `${fmt.dayTitle(addDays(today, 20))}, ${fmt.time('10:00')}`,
    );
    expect(within(ahead).getByText('Booked')).toBeInTheDocument();
    const earlier = screen.getByRole('list', { name: 'Earlier' });
    expect(
      within(earlier)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringContaining('Attended'), expect.stringContaining('No-show')]);
    expect(screen.getByRole('button', { name: 'Print card' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Book follow-ups' }));
    expect(window.location.hash).toBe(`#/children/${mia.id}/book`);
    expect(await screen.findByText('No plan to book from yet')).toBeInTheDocument();
  });
});
