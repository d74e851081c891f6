import { screen, waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { localToday } from '../../shared/contract';
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
 * The recall screen against the real core: check-ups are stored by issuing booklets, visits are
 * booked through the diary's channels, and every outcome is read back from main.
 */

const en = createI18n('en');
const fmt = createDiaryFormat(en);
/** The week start the screen sends: the locale's (jsdom's navigator), as the app works it out. */
const weekStartsOn = fmt.weekStartsOn;
const today = localToday();

/**
 * Mia's plan started two weeks ago with 14-day courses: her check-up after course 1 is due today.
 * Ivan's is due today too, but a visit is booked for it tomorrow: he is not on the list.
 */
async function families() {
  const real = await startRealCore();
  const irina = await seedClinician(real, 'Dr Irina Volkova');
  const oleg = await seedClinician(real, 'Dr Oleg Smirnov');
  await seedHours(real, irina);
  await seedHours(real, oleg);
  const mia = await seedChild(real, {
    firstName: 'Mia',
    lastName: 'Sokolova',
    dateOfBirth: bornAgo(4, 2),
    guardians: [{ name: 'Olga Sokolova', phone: '+7 912 345-67-89' }],
  });
  const ivan = await seedChild(real, {
    firstName: 'Ivan',
    lastName: 'Petrov',
    dateOfBirth: bornAgo(6),
    guardians: [{ name: 'Anna Petrova', phone: '+7 903 111-22-33' }],
  });
  await seedAssessment(real, mia, irina);
  await seedAssessment(real, ivan, oleg);
  const miaPlan = await issuePlan(real, mia, { startDate: addDays(today, -14), courseDays: 14 });
  const ivanPlan = await issuePlan(real, ivan, { startDate: addDays(today, -14), courseDays: 14 });
  await visit(real, ivan.id, oleg.id, addDays(today, 1), '10:00');
  return { real, irina, oleg, mia, ivan, miaPlan, ivanPlan };
}

/** A visit booked as the diary books it (`appointments:create`); its id. */
async function visit(real: RealCore, patientId: number, clinicianId: number, date: string, time: string) {
  const { appointment } = await real.call('appointments:create', {
    patientId,
    clinicianId,
    typeId: 2,
    start: { date, time },
    note: '',
  });
  return appointment.id;
}

/** Types a date into a date field section by section (the clinic's order: day, month, year). */
async function typeDate(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, iso: string) {
  const [year, month, day] = iso.split('-');
  await user.click(within(field).getAllByRole('spinbutton')[0]!);
  await user.keyboard('{Control>}a{/Control}{Backspace}');
  await user.keyboard(`${day}${month}${year}`);
}

const statusOf = async (real: RealCore, id: number) => (await real.call('appointments:get', { id })).status;

describe('recall list', { timeout: 60_000 }, () => {
  it('lists a child whose issued plan has a check-up due and nothing booked, with the guardian to call', async () => {
    const { real, oleg, miaPlan, ivanPlan } = await families();
    expect(miaPlan.checkups[0]).toMatchObject({ dueOn: today, purpose: 'after_course', course: 1, state: 'due' });
    expect(ivanPlan.checkups[0]).toMatchObject({ dueOn: today, state: 'due' });
    const { user } = await renderRealApp(real, '#/recall');
    const table = await screen.findByRole('table', { name: 'Families to call' });
    const mia = within(table).getByRole('row', { name: 'Mia Sokolova' });
    expect(mia).toHaveTextContent('Check-up after course 1');
    expect(within(mia).getByText('Due today')).toBeInTheDocument();
    expect(within(mia).getByText('Olga Sokolova')).toBeInTheDocument();
    // A Russian number in a British clinic (the default country): international, dialled as E.164.
    expect(within(mia).getByRole('link', { name: 'Call +7 912 345 67 89' })).toHaveAttribute(
      'href',
      'tel:+79123456789',
    );
    expect(within(mia).getByText('None yet')).toBeInTheDocument();
    expect(within(mia).getByText('Not called yet')).toBeInTheDocument();
    // Ivan's check-up has a visit booked for it (booked by hand, linked): no call needed.
    expect(within(table).queryByRole('row', { name: 'Ivan Petrov' })).not.toBeInTheDocument();
    expect(real.callsTo('recall:list')).toEqual([{ due: 'all', weekStartsOn }]);

    await user.click(screen.getByRole('button', { name: 'Overdue' }));
    expect(await screen.findByText('No family is overdue')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Due this week' }));
    expect(await screen.findByRole('row', { name: 'Mia Sokolova' })).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Clinician' }));
    await user.click(await screen.findByRole('option', { name: 'Dr Oleg Smirnov' }));
    expect(await screen.findByText('Nothing is due this week')).toBeInTheDocument();
    expect(real.callsTo('recall:list').at(-1)).toMatchObject({ due: 'thisWeek', clinicianId: oleg.id });

    // The empty list says how to see the families the filters hide.
    await user.click(screen.getByRole('button', { name: 'Show all families due' }));
    await user.click(screen.getByRole('button', { name: 'Show every clinician’s families' }));
    expect(await screen.findByRole('row', { name: 'Mia Sokolova' })).toBeInTheDocument();
    expect(real.callsTo('recall:list').at(-1)).toEqual({ due: 'all', weekStartsOn });
  });

  it('shows the number the way the clinic’s country writes it', async () => {
    const { real } = await families();
    await real.call('settings:update', { country: 'RU' });
    await renderRealApp(real, '#/recall');
    const mia = await screen.findByRole('row', { name: 'Mia Sokolova' });
    expect(within(mia).getByRole('link', { name: 'Call 8 (912) 345-67-89' })).toHaveAttribute(
      'href',
      'tel:+79123456789',
    );
  });

  it('logs a call with its outcome and shows it as the last call', async () => {
    const { real, mia, miaPlan } = await families();
    const { user } = await renderRealApp(real, '#/recall');
    await user.click(await screen.findByRole('button', { name: 'Log a call to the family of Mia Sokolova' }));
    const dialog = await screen.findByRole('dialog', { name: 'Call to the family of Mia Sokolova' });
    await user.click(within(dialog).getByRole('button', { name: 'Log call' }));
    expect(within(dialog).getByText('Choose one')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('radio', { name: 'No answer' }));
    await user.type(within(dialog).getByLabelText('Note'), 'Try after 6 pm');
    await user.click(within(dialog).getByRole('button', { name: 'Log call' }));
    const row = await screen.findByRole('row', { name: 'Mia Sokolova' });
    await waitFor(() => expect(row).toHaveTextContent('No answer'));
    expect(row).toHaveTextContent('Try after 6 pm');
    expect(await real.call('recall:contacts', { patientId: mia.id })).toEqual([
      expect.objectContaining({
        recallId: miaPlan.checkups[0]!.id,
        contactedOn: today,
        outcome: 'no_answer',
        note: 'Try after 6 pm',
      }),
    ]);
  });

  it('logs a call made earlier on its own date, and not one in the future', async () => {
    const { real, mia } = await families();
    const { user } = await renderRealApp(real, '#/recall');
    await user.click(await screen.findByRole('button', { name: 'Log a call to the family of Mia Sokolova' }));
    const dialog = await screen.findByRole('dialog', { name: 'Call to the family of Mia Sokolova' });
    await user.click(within(dialog).getByRole('radio', { name: 'Reached' }));
    await typeDate(user, within(dialog).getByRole('group', { name: 'Date of the call' }), addDays(today, 1));
    await user.click(within(dialog).getByRole('button', { name: 'Log call' }));
    expect(await within(dialog).findByText('The call cannot be on a future date')).toBeInTheDocument();
    expect(await real.call('recall:contacts', { patientId: mia.id })).toEqual([]);

    const yesterday = addDays(today, -1);
    await typeDate(user, within(dialog).getByRole('group', { name: 'Date of the call' }), yesterday);
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await real.call('recall:contacts', { patientId: mia.id })).toEqual([
      expect.objectContaining({ contactedOn: yesterday, outcome: 'reached', note: '' }),
    ]);
    await waitFor(() =>
      expect(screen.getByRole('row', { name: 'Mia Sokolova' })).toHaveTextContent(`${en.date(yesterday)} · Reached`),
    );
  });

  it('closes out a visit that passed without being marked, from the row, with an undo', async () => {
    const { real, irina, mia } = await families();
    // Mia was booked yesterday (linked to her check-up, within two weeks of it); nobody marked the visit.
    const yesterday = addDays(today, -1);
    const id = await visit(real, mia.id, irina.id, yesterday, '10:00');
    const { user } = await renderRealApp(real, '#/recall');
    const row = await screen.findByRole('row', { name: 'Mia Sokolova' });
    const when = fmt.when(yesterday, '10:00');
    expect(row).toHaveTextContent(`Visit on ${when} not closed out`);
    expect(row).not.toHaveTextContent('None yet');

    await user.click(
      within(row).getByRole('button', { name: `Mark the visit of Mia Sokolova on ${when} as attended` }),
    );
    expect(await screen.findByText('1 visit marked attended')).toBeInTheDocument();
    expect(await screen.findByText('Nothing is due')).toBeInTheDocument();
    expect(await statusOf(real, id)).toBe('attended');
    expect((await real.call('care-plans:schedule', { patientId: mia.id }))!.checkups[0]!.state).toBe('done');

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Undone: the visits are open again')).toBeInTheDocument();
    const back = await screen.findByRole('row', { name: 'Mia Sokolova' });
    expect(back).toHaveTextContent(`Visit on ${when} not closed out`);
    expect(await statusOf(real, id)).toBe('booked');

    // A no-show keeps the check-up due: the family is still to call.
    await user.click(
      within(back).getByRole('button', { name: `Mark the visit of Mia Sokolova on ${when} as no-show` }),
    );
    expect(await screen.findByText('1 visit marked no-show')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('row', { name: 'Mia Sokolova' })).toHaveTextContent('None yet'));
    expect(await statusOf(real, id)).toBe('no_show');
    expect((await real.call('care-plans:schedule', { patientId: mia.id }))!.checkups[0]!.state).toBe('due');
  });

  it('closes out past visits day by day, a whole day after asking', async () => {
    const real = await startRealCore();
    const irina = await seedClinician(real, 'Dr Irina Volkova');
    const oleg = await seedClinician(real, 'Dr Oleg Smirnov');
    const child = (firstName: string, lastName: string) =>
      seedChild(real, { firstName, lastName, dateOfBirth: bornAgo(5) });
    const [mia, ivan, anna] = [
      await child('Mia', 'Sokolova'),
      await child('Ivan', 'Petrov'),
      await child('Anna', 'Orlova'),
    ];
    const [yesterday, before] = [addDays(today, -1), addDays(today, -2)];
    const miaId = await visit(real, mia.id, irina.id, yesterday, '10:00');
    const ivanId = await visit(real, ivan.id, irina.id, yesterday, '09:00');
    const annaId = await visit(real, anna.id, oleg.id, before, '11:00');
    await visit(real, anna.id, oleg.id, addDays(today, 3), '11:00'); // ahead: nothing to close out
    await real.call('appointments:set-status', {
      id: await visit(real, ivan.id, oleg.id, addDays(today, -5), '12:00'),
      version: 1,
      status: 'attended',
    });

    const { user } = await renderRealApp(real, '#/recall');
    await user.click(await screen.findByRole('tab', { name: 'Close out past visits (3)' }));
    const days = await screen.findAllByRole('region');
    expect(days.map((d) => within(d).getByRole('heading').textContent)).toEqual([
      fmt.dayTitle(before),
      fmt.dayTitle(yesterday),
    ]);
    expect(
      within(days[1]!)
        .getAllByRole('listitem')
        .map((li) => li.getAttribute('aria-label')),
    ).toEqual([`Ivan Petrov, ${fmt.time('09:00')}`, `Mia Sokolova, ${fmt.time('10:00')}`]);

    await user.click(
      within(days[0]!).getByRole('button', {
        name: `Mark the visit of Anna Orlova on ${fmt.when(before, '11:00')} as no-show`,
      }),
    );
    expect(await screen.findByText('1 visit marked no-show')).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByRole('region')).toHaveLength(1));
    expect(await statusOf(real, annaId)).toBe('no_show');

    await user.click(screen.getByRole('button', { name: `Mark all visits of ${fmt.dayTitle(yesterday)} as attended` }));
    const confirm = await screen.findByRole('dialog', {
      name: `Mark 2 visits of ${fmt.dayLong(yesterday)} as attended?`,
    });
    expect(confirm).toHaveTextContent('Ivan Petrov, Mia Sokolova.');
    await user.click(within(confirm).getByRole('button', { name: 'Not now' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await statusOf(real, miaId)).toBe('booked');

    await user.click(screen.getByRole('button', { name: `Mark all visits of ${fmt.dayTitle(yesterday)} as attended` }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Mark all attended' }));
    expect(await screen.findByText('2 visits marked attended')).toBeInTheDocument();
    expect(await screen.findByText('No past visit is left open')).toBeInTheDocument();
    expect(real.callsTo('appointments:close-out').at(-1)).toEqual({ ids: [ivanId, miaId], status: 'attended' });
    expect([await statusOf(real, ivanId), await statusOf(real, miaId)]).toEqual(['attended', 'attended']);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('tab', { name: 'Close out past visits (2)' })).toBeInTheDocument();
    expect([await statusOf(real, ivanId), await statusOf(real, miaId)]).toEqual(['booked', 'booked']);
  });

  it('jumps to the child’s booking screen from a row', async () => {
    const { real, mia } = await families();
    const { user } = await renderRealApp(real, '#/recall');
    await user.click(await screen.findByRole('link', { name: 'Book follow-ups for Mia Sokolova' }));
    expect(window.location.hash).toBe(`#/children/${mia.id}/book`);
    expect(await screen.findByRole('heading', { name: 'Book follow-ups' })).toBeInTheDocument();
  });

  it('says when nothing is due and no past visit is open', async () => {
    const real = await startRealCore();
    const { user } = await renderRealApp(real, '#/recall');
    expect(await screen.findByText('Nothing is due')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Close out past visits' }));
    expect(await screen.findByText('No past visit is left open')).toBeInTheDocument();
  });
});
