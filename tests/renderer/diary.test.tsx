import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { localToday } from '../../shared/contract';
import { addDays } from '../../shared/calendar';
import { renderRealApp } from './render-app';
import { desktopDouble, issuePlan, seedAssessment, type RealCoreOptions } from './real-core';
import { book, diaryClinic, pxPerMinute, storedDay } from './seed-diary';

/*
 * The diary against the real core (the desktop app's mode, its printer a double): bookings,
 * clashes and marks go through main's services and are read back from it.
 */

const clinic = (options: RealCoreOptions = {}) => diaryClinic(options);

/** The value a picker holds, as its hidden input carries it ("09:00 AM", "24/12/2026"). */
const pickerValue = (dialog: HTMLElement, name: 'start.date' | 'start.time') =>
  (dialog.querySelector(`input[name="${name}"]`) as HTMLInputElement).value;

/** Types into a sectioned MUI X field: the first section, then on through the others. */
async function typeInto(user: UserEvent, group: HTMLElement, keys: string) {
  await user.click(within(group).getAllByRole('spinbutton')[0]!);
  await user.keyboard(keys);
}

/** 2026-12-24 as the clinic's default date format writes it (DD/MM/YYYY). */
const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('/');

describe('diary', { timeout: 60_000 }, () => {
  it('shows today with a column per clinician and the visits at their times, without "0 visits"', async () => {
    const { real } = await clinic();
    const { user } = await renderRealApp(real, '#/diary');
    const irina = await screen.findByRole('group', { name: /^Dr Irina Volkova/ });
    const oleg = screen.getByRole('group', { name: /^Dr Oleg Smirnov/ });
    expect(irina).toHaveAccessibleName('Dr Irina Volkova, Pediatric orthopedist · 1 visit');

    const mia = await within(irina).findByRole('button', { name: /Sokolova, Mia/ });
    expect(mia).toHaveAccessibleName(/9:00.*Follow-up.*Booked/);
    const ivan = within(oleg).getByRole('button', { name: /Petrov, Ivan/ });
    // The grid starts at 09:00 (Irina's first hour) and ends at 18:00, scaled to fit the window:
    // Mia at the top, Ivan 90 minutes down, 40 minutes tall.
    const px = pxPerMinute();
    expect(px).toBeGreaterThan(0.75);
    expect(9 * 60 * px).toBeLessThan(window.innerHeight);
    expect(mia.style.top).toBe('0px');
    expect(ivan.style.top).toBe(`${90 * px}px`);
    expect(ivan.style.height).toBe(`${40 * px - 2}px`);
    expect(within(irina).queryByRole('button', { name: /Petrov/ })).not.toBeInTheDocument();
    expect(screen.getByText(/No working hours set for Dr Oleg Smirnov/)).toBeInTheDocument();
    expect(real.callsTo('appointments:range')).toContainEqual({
      from: localToday(),
      to: localToday(),
      includeCancelled: false,
    });

    // Tomorrow nobody is booked: the columns say who, not "0 visits"; today's visits stay until the next day's arrive.
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(screen.queryByRole('button', { name: /Sokolova, Mia/ })).not.toBeInTheDocument());
    expect(screen.getByRole('group', { name: /^Dr Irina Volkova/ })).toHaveAccessibleName(
      'Dr Irina Volkova, Pediatric orthopedist',
    );
    expect(screen.queryByText(/0 visits/)).not.toBeInTheDocument();
  });

  it('a click on a free time prefills it; a clash shows main’s message inline and stores nothing', async () => {
    const { real, today, irina: doctor } = await clinic();
    const { user } = await renderRealApp(real, '#/diary');
    const irina = await screen.findByRole('group', { name: /^Dr Irina Volkova/ });
    await within(irina).findByRole('button', { name: /Sokolova, Mia/ });
    // jsdom has no layout: a click lands at the top of the column, 09:00, already Mia's.
    await user.click(irina);
    const dialog = await screen.findByRole('dialog', { name: 'New visit' });
    expect(pickerValue(dialog, 'start.time')).toBe('09:00 AM');
    expect(pickerValue(dialog, 'start.date')).toBe(ddmmyyyy(today));
    expect(within(dialog).getByRole('combobox', { name: 'Clinician' })).toHaveTextContent('Dr Irina Volkova');

    await user.type(within(dialog).getByRole('combobox', { name: 'Child' }), 'Pet');
    await user.click(await screen.findByRole('option', { name: /Petrov, Ivan/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Book visit' }));
    // Ivan sees Oleg at 10:30 today: asked first, then main refuses the clash.
    const ask = await screen.findByRole('dialog', { name: 'Book at this time?' });
    expect(ask).toHaveTextContent('Ivan Petrov already has another visit that day, at 10:30 AM.');
    await user.click(within(ask).getByRole('button', { name: 'Book anyway' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('That time is taken');
    expect(alert).toHaveTextContent('Dr Irina Volkova already has Mia Sokolova booked from 09:00 to 09:20');
    expect(await storedDay(real, today)).toHaveLength(2);
    expect(real.callsTo('appointments:create').at(-1)).toMatchObject({
      clinicianId: doctor.id,
      start: { date: today, time: '09:00' },
    });
  });

  it('asks before booking outside the working hours: “Change time” stores nothing, “Book anyway” stores it', async () => {
    const { real, today, irina: doctor, ivanChild } = await clinic();
    const { user } = await renderRealApp(real, '#/diary');
    const irina = await screen.findByRole('group', { name: /^Dr Irina Volkova/ });
    await within(irina).findByRole('button', { name: /Sokolova, Mia/ });
    await user.click(irina);
    const dialog = await screen.findByRole('dialog', { name: 'New visit' });
    await user.type(within(dialog).getByRole('combobox', { name: 'Child' }), 'Pet');
    await user.click(await screen.findByRole('option', { name: /Petrov, Ivan/ }));
    // 13:20 is Irina's lunch break.
    await typeInto(user, within(dialog).getByRole('group', { name: 'Time' }), '0120P');
    expect(pickerValue(dialog, 'start.time')).toBe('01:20 PM');
    await user.click(within(dialog).getByRole('button', { name: 'Book visit' }));

    const ask = await screen.findByRole('dialog', { name: 'Book at this time?' });
    expect(ask).toHaveTextContent('This is outside Dr Irina Volkova’s working hours.');
    expect(real.callsTo('appointments:create')).toHaveLength(0);
    await user.click(within(ask).getByRole('button', { name: 'Change time' }));
    await waitFor(() => expect(ask).not.toBeInTheDocument());
    expect(screen.getByRole('dialog', { name: 'New visit' })).toBeInTheDocument();
    expect(real.callsTo('appointments:create')).toHaveLength(0);
    expect(await storedDay(real, today)).toHaveLength(2);

    await user.click(within(dialog).getByRole('button', { name: 'Book visit' }));
    const again = await screen.findByRole('dialog', { name: 'Book at this time?' });
    await user.click(within(again).getByRole('button', { name: 'Book anyway' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(real.callsTo('appointments:create')).toEqual([
      {
        patientId: ivanChild.id,
        clinicianId: doctor.id,
        typeId: 2,
        start: { date: today, time: '13:20' },
        durationMinutes: 20,
        note: '',
        recallId: null,
      },
    ]);
    expect(await within(irina).findByRole('button', { name: /Petrov, Ivan/ })).toBeInTheDocument();
    expect(screen.getByText(/Visit booked: Ivan Petrov/)).toBeInTheDocument();
  });

  it('asks before booking the same child twice a day', async () => {
    const { real, today, miaChild } = await clinic();
    const { user } = await renderRealApp(real, '#/diary');
    await screen.findByRole('button', { name: /Sokolova, Mia/ });
    await user.keyboard('n');
    const dialog = await screen.findByRole('dialog', { name: 'New visit' });
    await user.type(within(dialog).getByRole('combobox', { name: 'Child' }), 'Sok');
    await user.click(await screen.findByRole('option', { name: /Sokolova, Mia/ }));
    // Today, whatever the time: after the day's hours the dialog proposes tomorrow's first free slot.
    await user.click(within(dialog).getByRole('button', { name: /Choose date/ }));
    await user.click(await screen.findByRole('button', { name: 'Today' }));
    await waitFor(() => expect(pickerValue(dialog, 'start.date')).toBe(ddmmyyyy(today)));
    await typeInto(user, within(dialog).getByRole('group', { name: 'Time' }), '1100A');
    await user.click(within(dialog).getByRole('button', { name: 'Book visit' }));
    const ask = await screen.findByRole('dialog', { name: 'Book at this time?' });
    expect(ask).toHaveTextContent(/Mia Sokolova already has another visit that day, at 9:00/);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(ask).not.toBeInTheDocument());
    expect(real.callsTo('appointments:create')).toHaveLength(0);
    const stored = await real.call('appointments:patient', { patientId: miaChild.id });
    expect(stored.map((a) => [a.date, a.start])).toEqual([[today, '09:00']]);
  });

  it('books a visit with the pickers: a date shortcut and a typed time', async () => {
    const { real, irina, ivanChild } = await clinic();
    const { user } = await renderRealApp(real, '#/diary');
    await screen.findByRole('button', { name: /Sokolova, Mia/ });
    await user.click(screen.getByRole('button', { name: 'New visit' }));
    const dialog = await screen.findByRole('dialog', { name: 'New visit' });
    await user.type(within(dialog).getByRole('combobox', { name: 'Child' }), 'Ivan');
    await user.click(await screen.findByRole('option', { name: /Petrov, Ivan/ }));
    await user.click(within(dialog).getByRole('button', { name: /Choose date/ }));
    await user.click(await screen.findByRole('button', { name: 'In 2 weeks' }));
    const inTwoWeeks = addDays(localToday(), 14);
    await waitFor(() => expect(pickerValue(dialog, 'start.date')).toBe(ddmmyyyy(inTwoWeeks)));
    await typeInto(user, within(dialog).getByRole('group', { name: 'Time' }), '1015A');
    await user.click(within(dialog).getByRole('button', { name: 'Book visit' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const stored = await real.call('appointments:patient', { patientId: ivanChild.id });
    expect(stored.find((a) => a.date === inTwoWeeks)).toMatchObject({
      clinicianId: irina.id,
      start: '10:15',
      durationMinutes: 20,
      status: 'booked',
    });
    // The diary went to that day to show it.
    expect(window.location.hash).toBe(`#/diary?date=${inTwoWeeks}`);
    expect(await screen.findByRole('button', { name: /Petrov, Ivan/ })).toHaveAccessibleName(/10:15/);
  });

  it('marks a visit attended, and cancels another after asking, with a reason', async () => {
    const { real, mia, ivan } = await clinic();
    const { user } = await renderRealApp(real, '#/diary');
    await user.click(await screen.findByRole('button', { name: /Sokolova, Mia/ }));
    const dialog = await screen.findByRole('dialog', { name: /Mia Sokolova/ });
    await user.click(within(dialog).getByRole('button', { name: 'Attended' }));
    await waitFor(() =>
      expect(real.callsTo('appointments:set-status')).toEqual([
        { id: mia.id, version: mia.version, status: 'attended' },
      ]),
    );
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
    await waitFor(() =>
      expect(real.callsTo('appointments:cancel')).toEqual([{ id: ivan.id, version: ivan.version, reason: 'Ill' }]),
    );
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
