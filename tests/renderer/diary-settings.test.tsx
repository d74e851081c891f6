import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { localToday } from '../../shared/contract';
import { addDays } from '../../shared/diary/dates';
import { FakeValgo } from './fake-api';
import { bornAgo, renderApp } from './render-app';

function clinic() {
  return new FakeValgo({
    clinicians: [{ name: 'Dr Irina Volkova' }, { name: 'Dr Oleg Smirnov' }],
    children: [{ firstName: 'Mia', lastName: 'Sokolova', dateOfBirth: bornAgo(4) }],
  });
}

describe('settings → diary', { timeout: 30_000 }, () => {
  it('edits a clinician’s week with a lunch break, copies Monday, checks, and sends diary:hours:set', async () => {
    const fake = clinic();
    const { user } = await renderApp('#/settings/diary', fake);
    const week = await screen.findByRole('group', { name: 'Working week of Dr Irina Volkova' });
    const monday = within(week).getByRole('group', { name: 'Monday' });
    expect(within(monday).getByText('Not working')).toBeInTheDocument();

    await user.click(within(monday).getByRole('button', { name: 'Add hours on Monday' }));
    fireEvent.change(within(monday).getByLabelText('Monday, hours 1: until'), { target: { value: '13:00' } });
    await user.click(within(monday).getByRole('button', { name: 'Add hours on Monday' }));
    expect(within(monday).getByLabelText('Monday, hours 2: from')).toHaveValue('14:00');
    expect(within(monday).getByLabelText('Monday, hours 2: until')).toHaveValue('18:00');

    // An interval that ends before it starts is caught before anything is sent.
    fireEvent.change(within(monday).getByLabelText('Monday, hours 2: until'), { target: { value: '12:00' } });
    await user.click(screen.getByRole('button', { name: 'Save hours of Dr Irina Volkova' }));
    expect(await within(monday).findByText('The end must come after the start')).toBeInTheDocument();
    expect(fake.callsTo('diary:hours:set')).toHaveLength(0);
    fireEvent.change(within(monday).getByLabelText('Monday, hours 2: until'), { target: { value: '18:00' } });

    await user.click(screen.getByRole('button', { name: 'Copy Monday to Tuesday–Friday' }));
    expect(within(week).getByLabelText('Friday, hours 2: from')).toHaveValue('14:00');
    await user.click(screen.getByRole('button', { name: 'Save hours of Dr Irina Volkova' }));
    expect(await screen.findByText('Working hours of Dr Irina Volkova saved')).toBeInTheDocument();
    const day = (weekday: number) => [
      { weekday, start: '09:00', end: '13:00' },
      { weekday, start: '14:00', end: '18:00' },
    ];
    expect(fake.callsTo('diary:hours:set')).toEqual([
      { clinicianId: 1, intervals: [...day(1), ...day(2), ...day(3), ...day(4), ...day(5)] },
    ]);
    expect(fake.diary.hours).toEqual([{ clinicianId: 1, intervals: [1, 2, 3, 4, 5].flatMap(day) }]);
  });

  it('saves closed days and lists the bookings that fall on them', async () => {
    const fake = clinic();
    const day = addDays(localToday(), 3);
    fake.diary.addVisit({ patientId: 1, clinicianId: 2, date: day, time: '10:00' });
    const { user } = await renderApp('#/settings/diary', fake);
    expect(await screen.findByText(/No closed days/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add closed days' }));
    const period = screen.getByRole('listitem', { name: 'Closed period 1' });
    fireEvent.change(within(period).getByLabelText('From'), { target: { value: day } });
    fireEvent.change(within(period).getByLabelText('Until'), { target: { value: addDays(day, 1) } });
    await user.type(within(period).getByLabelText('Label'), 'Training');
    await user.click(screen.getByRole('button', { name: 'Save closed days' }));
    await waitFor(() =>
      expect(fake.callsTo('diary:closed-days:set')).toEqual([
        { items: [{ from: day, to: addDays(day, 1), clinicianId: null, label: 'Training' }] },
      ]),
    );
    const affected = await screen.findByRole('list', { name: 'Visits on closed days' });
    expect(affected).toHaveTextContent('Mia Sokolova');
    expect(affected).toHaveTextContent('Dr Oleg Smirnov');
  });

  it('changes a type’s usual length and deactivates another', async () => {
    const fake = clinic();
    const { user } = await renderApp('#/settings/diary', fake);
    await user.click(await screen.findByRole('button', { name: 'Edit Follow-up' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit the type of visit' });
    await user.clear(within(dialog).getByLabelText('Length'));
    await user.type(within(dialog).getByLabelText('Length'), '25');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(fake.callsTo('appointment-types:save')).toEqual([
        { id: 2, name: 'Follow-up', durationMinutes: 25, active: true },
      ]),
    );
    const list = screen.getByRole('list', { name: 'Types of visit' });
    expect(within(list).getByRole('listitem', { name: 'Follow-up' })).toHaveTextContent('25 minutes');

    await user.click(screen.getByRole('button', { name: 'Deactivate Technique check' }));
    await waitFor(() => expect(fake.callsTo('appointment-types:save').at(-1)).toMatchObject({ id: 3, active: false }));
    expect(await within(list).findByRole('button', { name: 'Reactivate Technique check' })).toBeInTheDocument();
  });
});
