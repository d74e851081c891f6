import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/calendar';
import { localToday } from '../../shared/contract';
import { seedClinician, seedHours, startRealCore } from './real-core';
import { renderRealApp } from './render-app';
import { pickerText, sections, seedPractice, typeInto } from './seed-settings';

describe('settings → diary', { timeout: 90_000 }, () => {
  it('offers the working hours of the first clinician as soon as it is added, without a reload', async () => {
    const real = await startRealCore();
    const { user } = await renderRealApp(real, '#/settings/diary');
    expect(await screen.findByText(/Add a clinician above first/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add clinician' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Add clinician' }));
    await user.type(dialog.getByLabelText('Name'), 'Dr Irina Volkova');
    await user.type(dialog.getByLabelText('Title as it prints'), 'Podiatrist');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('group', { name: 'Working week of Dr Irina Volkova' })).toBeInTheDocument();
    expect(screen.queryByText(/Add a clinician above first/)).not.toBeInTheDocument();
  });

  it('edits a week with a lunch break, puts an overlap on its field, copies Monday and stores the week', async () => {
    const real = await startRealCore();
    const irina = await seedClinician(real);
    const { user } = await renderRealApp(real, '#/settings/diary');
    const week = await screen.findByRole('group', { name: 'Working week of Dr Irina Volkova' });
    const monday = within(week).getByRole('group', { name: 'Monday' });
    expect(within(monday).getByText('Not working')).toBeInTheDocument();

    await user.click(within(monday).getByRole('button', { name: 'Add hours on Monday' }));
    const first = within(monday).getByRole('group', { name: 'Monday, hours 1' });
    await typeInto(user, first, 'Until', '0100P'); // 01:00 PM
    expect(pickerText(first, 'Until')).toBe('01:00 PM');
    await user.click(within(monday).getByRole('button', { name: 'Add hours on Monday' }));
    const second = within(monday).getByRole('group', { name: 'Monday, hours 2' });
    expect(pickerText(second, 'From')).toBe('02:00 PM');

    // 12:00 overlaps the morning: refused on the second interval's field, nothing sent.
    await typeInto(user, second, 'From', '12');
    await user.click(screen.getByRole('button', { name: 'Save hours of Dr Irina Volkova' }));
    expect(await within(second).findByRole('alert')).toHaveTextContent('Overlaps other hours that day');
    expect(within(second).getByRole('group', { name: 'From' })).toHaveAttribute('aria-invalid', 'true');
    expect(real.callsTo('diary:hours:set')).toHaveLength(0);
    await typeInto(user, second, 'From', '02');
    expect(pickerText(second, 'From')).toBe('02:00 PM');

    await user.click(screen.getByRole('button', { name: 'Copy Monday to Tuesday–Friday' }));
    const friday = within(week).getByRole('group', { name: 'Friday' });
    expect(pickerText(within(friday).getByRole('group', { name: 'Friday, hours 2' }), 'Until')).toBe('06:00 PM');
    await user.click(screen.getByRole('button', { name: 'Save hours of Dr Irina Volkova' }));
    expect(await screen.findByText('Working hours of Dr Irina Volkova saved')).toBeInTheDocument();
    const day = (weekday: number) => [
      { weekday, start: '09:00', end: '13:00' },
      { weekday, start: '14:00', end: '18:00' },
    ];
    expect((await real.call('diary:setup:get', {})).hours).toEqual([
      { clinicianId: irina.id, intervals: [1, 2, 3, 4, 5].flatMap(day) },
    ]);
  });

  it('types closed days in the clinic’s date format and lists the bookings they hit', async () => {
    const real = await startRealCore();
    const { day } = await seedPractice(real);
    const { user } = await renderRealApp(real, '#/settings');
    const clinic = within(await screen.findByRole('form', { name: 'Clinic' }));
    await user.selectOptions(clinic.getByLabelText('Date format'), 'MM/DD/YYYY');
    await user.click(clinic.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await real.call('settings:get', {})).dateFormat).toBe('MM/DD/YYYY'));

    expect(await screen.findByText(/No closed days/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add closed days' }));
    const period = screen.getByRole('listitem', { name: 'Closed period 1' });
    // The month comes first now: typed month, day, year.
    expect(sections(period, 'From').map((s) => s.getAttribute('aria-label'))).toEqual(['Month', 'Day', 'Year']);
    const [y, m, d] = day.split('-');
    const next = addDays(day, 1).split('-');
    await typeInto(user, period, 'From', `${m}${d}${y}`);
    await typeInto(user, period, 'Until', `${next[1]}${next[2]}${next[0]}`);
    expect(pickerText(period, 'From')).toBe(`${m}/${d}/${y}`);
    await user.type(within(period).getByLabelText('Label'), 'Training');
    await user.click(screen.getByRole('button', { name: 'Save closed days' }));

    const affected = await screen.findByRole('list', { name: 'Visits on closed days' });
    expect(affected).toHaveTextContent('Mia Sokolova');
    expect(affected).toHaveTextContent('Dr Oleg Smirnov');
    expect((await real.call('diary:setup:get', {})).closedDays).toEqual([
      { id: expect.any(Number), from: day, to: addDays(day, 1), clinicianId: null, label: 'Training' },
    ]);
  });

  it('refuses a closed period that ends before it starts, on its field', async () => {
    const real = await startRealCore();
    await seedClinician(real);
    const { user } = await renderRealApp(real, '#/settings/diary');
    await user.click(await screen.findByRole('button', { name: 'Add closed days' }));
    const period = screen.getByRole('listitem', { name: 'Closed period 1' });
    const earlier = addDays(localToday(), -3).split('-');
    await typeInto(user, period, 'Until', `${earlier[2]}${earlier[1]}${earlier[0]}`);
    await user.click(screen.getByRole('button', { name: 'Save closed days' }));
    expect(await within(period).findByText('The end must come after the start')).toBeInTheDocument();
    expect(real.callsTo('diary:closed-days:set')).toHaveLength(0);
  });

  it('changes a type’s usual length, and deactivates another after asking', async () => {
    const real = await startRealCore();
    const irina = await seedClinician(real);
    await seedHours(real, irina);
    const { user } = await renderRealApp(real, '#/settings/diary');
    await user.click(await screen.findByRole('button', { name: 'Edit Follow-up' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit the type of visit' });
    await user.clear(within(dialog).getByLabelText('Length'));
    await user.type(within(dialog).getByLabelText('Length'), '25');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const list = screen.getByRole('list', { name: 'Types of visit' });
    await waitFor(() =>
      expect(within(list).getByRole('listitem', { name: 'Follow-up' })).toHaveTextContent('25 minutes'),
    );

    await user.click(screen.getByRole('button', { name: 'Deactivate Technique check' }));
    const confirm = within(await screen.findByRole('dialog', { name: 'Deactivate “Technique check”?' }));
    await user.click(confirm.getByRole('button', { name: 'Deactivate' }));
    expect(await within(list).findByRole('button', { name: 'Reactivate Technique check' })).toBeInTheDocument();
    const stored = await real.call('appointment-types:list', {});
    expect(stored.find((t) => t.code === 'follow_up')).toMatchObject({ durationMinutes: 25, active: true });
    expect(stored.find((t) => t.code === 'technique_check')).toMatchObject({ active: false });
  });
});
