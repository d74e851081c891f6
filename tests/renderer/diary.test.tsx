import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { localToday } from '../../shared/contract';
import { addDays } from '../../shared/diary/dates';
import { PX_PER_MINUTE } from '../../renderer/screens/Diary/DiaryGrid';
import { FakeValgo } from './fake-api';
import { bornAgo, renderApp } from './render-app';

const ALL_WEEK = [1, 2, 3, 4, 5, 6, 7];

/** Two clinicians, two children, Irina working 09-13 and 14-18 every day; two visits today. */
function clinic() {
  const fake = new FakeValgo({
    clinicians: [{ name: 'Dr Irina Volkova' }, { name: 'Dr Oleg Smirnov' }],
    children: [
      { firstName: 'Mia', lastName: 'Sokolova', dateOfBirth: bornAgo(4, 2), guardianPhone: '+7 912 345-67-89' },
      { firstName: 'Ivan', lastName: 'Petrov', dateOfBirth: bornAgo(6) },
    ],
  });
  fake.diary.setHours(
    1,
    [
      ['09:00', '13:00'],
      ['14:00', '18:00'],
    ],
    ALL_WEEK,
  );
  const today = localToday();
  const mia = fake.diary.addVisit({ patientId: 1, clinicianId: 1, date: today, time: '09:00' });
  const ivan = fake.diary.addVisit({ patientId: 2, clinicianId: 2, date: today, time: '10:30', durationMinutes: 40 });
  return { fake, today, mia, ivan };
}

describe('diary', { timeout: 30_000 }, () => {
  it('shows today with a column per clinician and the visits at their times', async () => {
    const { fake } = clinic();
    await renderApp('#/diary', fake);
    const irina = await screen.findByRole('group', { name: /^Dr Irina Volkova/ });
    const oleg = screen.getByRole('group', { name: /^Dr Oleg Smirnov/ });

    const mia = await within(irina).findByRole('button', { name: /Sokolova, Mia/ });
    expect(mia).toHaveAccessibleName(/9:00.*Follow-up.*Booked/);
    const ivan = within(oleg).getByRole('button', { name: /Petrov, Ivan/ });
    // The grid starts at 09:00 (Irina's first hour): Mia at the top, Ivan 90 minutes down, 40 minutes tall.
    expect(mia.style.top).toBe('0px');
    expect(ivan.style.top).toBe(`${90 * PX_PER_MINUTE}px`);
    expect(ivan.style.height).toBe(`${40 * PX_PER_MINUTE - 2}px`);
    expect(within(irina).queryByRole('button', { name: /Petrov/ })).not.toBeInTheDocument();
    expect(screen.getByText(/No working hours set for Dr Oleg Smirnov/)).toBeInTheDocument();
    expect(fake.callsTo('appointments:range')).toContainEqual({
      from: localToday(),
      to: localToday(),
      includeCancelled: false,
    });
  });

  it('books from a click on a free time and shows a clash inline with main’s message', async () => {
    const { fake, today } = clinic();
    const { user } = await renderApp('#/diary', fake);
    const irina = await screen.findByRole('group', { name: /^Dr Irina Volkova/ });
    await within(irina).findByRole('button', { name: /Sokolova, Mia/ });
    // jsdom has no layout: a click lands at the top of the column, 09:00, already Mia's.
    await user.click(irina);
    const dialog = await screen.findByRole('dialog', { name: 'New visit' });
    expect(within(dialog).getByLabelText('Time')).toHaveValue('09:00');
    expect(within(dialog).getByLabelText('Date')).toHaveValue(today);
    expect(within(dialog).getByRole('combobox', { name: 'Clinician' })).toHaveTextContent('Dr Irina Volkova');

    await user.type(within(dialog).getByRole('combobox', { name: 'Child' }), 'Pet');
    await user.click(await screen.findByRole('option', { name: /Petrov, Ivan/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Book visit' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('That time is taken');
    expect(alert).toHaveTextContent('Dr Irina Volkova already has Mia Sokolova booked from 09:00 to 09:20');
    expect(fake.diary.appointments).toHaveLength(2);

    // Another time books, and the diary shows it; a warning is shown when outside the hours.
    fireEvent.change(within(dialog).getByLabelText('Time'), { target: { value: '13:20' } });
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Book visit' }));
    expect(await within(dialog).findByText('This is outside Dr Irina Volkova’s working hours.')).toBeInTheDocument();
    expect(fake.callsTo('appointments:create').at(-1)).toEqual({
      patientId: 2,
      clinicianId: 1,
      typeId: 2,
      start: { date: today, time: '13:20' },
      durationMinutes: 20,
      note: '',
      recallId: null,
    });
    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(await within(irina).findByRole('button', { name: /Petrov, Ivan/ })).toBeInTheDocument();
  });

  it('marks a visit attended, and cancels another after asking, with a reason', async () => {
    const { fake, mia, ivan } = clinic();
    const { user } = await renderApp('#/diary', fake);
    await user.click(await screen.findByRole('button', { name: /Sokolova, Mia/ }));
    const dialog = await screen.findByRole('dialog', { name: /Mia Sokolova/ });
    await user.click(within(dialog).getByRole('button', { name: 'Attended' }));
    await waitFor(() => expect(fake.callsTo('appointments:set-status')).toEqual([{ id: mia.id, status: 'attended' }]));
    expect(await within(dialog).findByText('Attended', { selector: '.MuiChip-label' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Back to booked' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(await screen.findByRole('button', { name: /Sokolova, Mia.*Attended/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Petrov, Ivan/ }));
    const second = await screen.findByRole('dialog', { name: /Ivan Petrov/ });
    await user.click(within(second).getByRole('button', { name: 'Cancel visit' }));
    const confirm = await screen.findByRole('dialog', { name: 'Cancel this visit?' });
    await user.type(within(confirm).getByLabelText('Reason (optional)'), 'Ill');
    await user.click(within(confirm).getByRole('button', { name: 'Cancel visit' }));
    await waitFor(() => expect(fake.callsTo('appointments:cancel')).toEqual([{ id: ivan.id, reason: 'Ill' }]));
    await waitFor(() => expect(screen.queryByRole('button', { name: /Petrov, Ivan/ })).not.toBeInTheDocument());
  });

  it('shows a week of seven days, and moves a week at a time with the arrow keys', async () => {
    const { fake, today } = clinic();
    fake.diary.addVisit({ patientId: 2, clinicianId: 1, date: addDays(today, 7), time: '11:00' });
    const { user } = await renderApp(`#/diary?view=week&clinician=1`, fake);
    await screen.findByRole('button', { name: /Sokolova, Mia/ });
    const columns = document.querySelectorAll('[data-column]');
    expect(columns).toHaveLength(7);
    const dates = [...columns].map((c) => c.getAttribute('data-column')!);
    expect(dates).toContain(today);
    expect(dates[6]).toBe(addDays(dates[0]!, 6));
    expect(screen.queryByRole('button', { name: /Petrov, Ivan/ })).not.toBeInTheDocument(); // Oleg's, filtered out

    await user.keyboard('{ArrowRight}');
    expect(await screen.findByRole('button', { name: /Petrov, Ivan/ })).toBeInTheDocument();
    expect(document.querySelector('[data-column]')?.getAttribute('data-column')).toBe(addDays(dates[0]!, 7));
    expect(window.location.hash).toBe(`#/diary?date=${addDays(today, 7)}&view=week&clinician=1`);
    await user.keyboard('t');
    await screen.findByRole('button', { name: /Sokolova, Mia/ });
    expect(window.location.hash).toBe('#/diary?view=week&clinician=1');
  });

  it('prints the day list through main in the desktop app', async () => {
    const { fake, today } = clinic();
    const { user } = await renderApp('#/diary', fake);
    await user.click(await screen.findByRole('button', { name: 'Print day list' }));
    expect(await screen.findByText('Sent to the printer')).toBeInTheDocument();
    expect(fake.callsTo('diary:day-list')).toEqual([{ date: today, action: 'print' }]);
  });
});
