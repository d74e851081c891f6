import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { localToday } from '../../shared/contract';
import { addDays } from '../../shared/diary/dates';
import { PX_PER_MINUTE } from '../../renderer/screens/Diary/DiaryGrid';
import { bornAgo, renderRealApp } from './render-app';
import {
  desktopDouble,
  issuePlan,
  seedAssessment,
  seedChild,
  seedClinician,
  seedHours,
  startRealCore,
  type RealCore,
  type RealCoreOptions,
} from './real-core';

/*
 * The diary against the real core (the desktop app's mode, its printer a double): bookings,
 * clashes and marks go through main's services and are read back from it.
 */

/** A visit booked through `appointments:create`. */
async function book(
  real: RealCore,
  v: { patientId: number; clinicianId: number; date: string; time: string; durationMinutes?: number },
) {
  const { appointment } = await real.call('appointments:create', {
    patientId: v.patientId,
    clinicianId: v.clinicianId,
    typeId: 2,
    start: { date: v.date, time: v.time },
    ...(v.durationMinutes ? { durationMinutes: v.durationMinutes } : {}),
    note: '',
  });
  return appointment;
}

/** Two clinicians, two children, Irina working 09-13 and 14-18 every day (Oleg has no hours); two visits today. */
async function clinic(options: RealCoreOptions = {}) {
  const real = await startRealCore({ mode: 'electron', ...options });
  const irina = await seedClinician(real, 'Dr Irina Volkova');
  const oleg = await seedClinician(real, 'Dr Oleg Smirnov');
  await seedHours(real, irina, [
    ['09:00', '13:00'],
    ['14:00', '18:00'],
  ]);
  const miaChild = await seedChild(real, { firstName: 'Mia', lastName: 'Sokolova', dateOfBirth: bornAgo(4, 2) });
  const ivanChild = await seedChild(real, { firstName: 'Ivan', lastName: 'Petrov', dateOfBirth: bornAgo(6) });
  const today = localToday();
  const mia = await book(real, { patientId: miaChild.id, clinicianId: irina.id, date: today, time: '09:00' });
  const ivan = await book(real, {
    patientId: ivanChild.id,
    clinicianId: oleg.id,
    date: today,
    time: '10:30',
    durationMinutes: 40,
  });
  return { real, today, irina, mia, ivan, miaChild, ivanChild };
}

describe('diary', { timeout: 30_000 }, () => {
  it('shows today with a column per clinician and the visits at their times', async () => {
    const { real } = await clinic();
    await renderRealApp(real, '#/diary');
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
    expect(real.callsTo('appointments:range')).toContainEqual({
      from: localToday(),
      to: localToday(),
      includeCancelled: false,
    });
  });

  it('books from a click on a free time and shows a clash inline with main’s message', async () => {
    const { real, today, irina: doctor, ivanChild } = await clinic();
    const { user } = await renderRealApp(real, '#/diary');
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
    expect(await real.call('appointments:range', { from: today, to: today })).toHaveLength(2);

    // Another time books, and the diary shows it; a warning is shown when outside the hours.
    fireEvent.change(within(dialog).getByLabelText('Time'), { target: { value: '13:20' } });
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Book visit' }));
    expect(await within(dialog).findByText('This is outside Dr Irina Volkova’s working hours.')).toBeInTheDocument();
    expect(real.callsTo('appointments:create').at(-1)).toEqual({
      patientId: ivanChild.id,
      clinicianId: doctor.id,
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
    const { real, mia, ivan } = await clinic();
    const { user } = await renderRealApp(real, '#/diary');
    await user.click(await screen.findByRole('button', { name: /Sokolova, Mia/ }));
    const dialog = await screen.findByRole('dialog', { name: /Mia Sokolova/ });
    await user.click(within(dialog).getByRole('button', { name: 'Attended' }));
    await waitFor(() => expect(real.callsTo('appointments:set-status')).toEqual([{ id: mia.id, status: 'attended' }]));
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
    await waitFor(() => expect(real.callsTo('appointments:cancel')).toEqual([{ id: ivan.id, reason: 'Ill' }]));
    await waitFor(() => expect(screen.queryByRole('button', { name: /Petrov, Ivan/ })).not.toBeInTheDocument());
    expect(await real.call('appointments:get', { id: mia.id })).toMatchObject({ status: 'attended' });
    expect(await real.call('appointments:get', { id: ivan.id })).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Ill',
    });
  });

  it('says which check-up of the plan a visit answers, naming the course', async () => {
    const { real, today, irina, mia, miaChild } = await clinic();
    // Mia's booklet: the plan started a 14-day course ago, so the check-up after course 1 is due
    // today, and her visit today is taken over by it when the plan is stored.
    await seedAssessment(real, miaChild, irina);
    const schedule = await issuePlan(real, miaChild, { startDate: addDays(today, -14), courseDays: 14 });
    expect(schedule.checkups[0]).toMatchObject({ dueOn: today, state: 'booked', visit: { appointmentId: mia.id } });
    const { user } = await renderRealApp(real, '#/diary');
    await user.click(await screen.findByRole('button', { name: /Sokolova, Mia/ }));
    const dialog = await screen.findByRole('dialog', { name: /Mia Sokolova/ });
    expect(await within(dialog).findByText('Check-up after course 1')).toBeInTheDocument();
  });

  it('shows a week of seven days, and moves a week at a time with the arrow keys', async () => {
    const { real, today, irina, ivanChild } = await clinic();
    await book(real, { patientId: ivanChild.id, clinicianId: irina.id, date: addDays(today, 7), time: '11:00' });
    const { user } = await renderRealApp(real, `#/diary?view=week&clinician=${irina.id}`);
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
    expect(window.location.hash).toBe(`#/diary?date=${addDays(today, 7)}&view=week&clinician=${irina.id}`);
    await user.keyboard('t');
    await screen.findByRole('button', { name: /Sokolova, Mia/ });
    expect(window.location.hash).toBe(`#/diary?view=week&clinician=${irina.id}`);
  });

  it('prints the day list through main in the desktop app', async () => {
    const desktop = desktopDouble();
    const { real, today } = await clinic({ desktop });
    const { user } = await renderRealApp(real, '#/diary');
    await user.click(await screen.findByRole('button', { name: 'Print day list' }));
    expect(await screen.findByText('Sent to the printer')).toBeInTheDocument();
    expect(real.callsTo('diary:day-list')).toEqual([{ date: today, action: 'print' }]);
    expect(desktop.handed).toHaveLength(1);
    expect(desktop.handed[0]!.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
