import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localToday, ProposeInput, type ProposedVisit } from '../../shared/contract';
import { addDays } from '../../shared/diary/dates';
import { ThemeProvider } from '@mui/material/styles';
import { ApiProvider } from '../../renderer/api-context';
import { NotifierProvider } from '../../renderer/components/Notifier';
import { I18nProvider } from '../../renderer/i18n';
import { RouterProvider } from '../../renderer/router';
import { BookFollowUpsButton, ChildVisits } from '../../renderer/screens/BookFollowUps';
import { theme } from '../../renderer/theme';
import { FakeValgo } from './fake-api';
import { bornAgo, renderApp } from './render-app';

const ALL_WEEK = [1, 2, 3, 4, 5, 6, 7];

function family() {
  const fake = new FakeValgo({
    clinicians: [{ name: 'Dr Irina Volkova' }, { name: 'Dr Oleg Smirnov' }],
    children: [{ firstName: 'Mia', lastName: 'Sokolova', dateOfBirth: bornAgo(4, 2) }],
    // Oleg saw Mia last: he is the default clinician for her follow-ups.
    assessments: [{ patientId: 1, clinicianId: 2 }],
  });
  fake.diary.setHours(1, [['09:00', '17:00']], ALL_WEEK);
  fake.diary.setHours(2, [['09:00', '17:00']], ALL_WEEK);
  return fake;
}

/** What the fake answered to the screen's `slots:propose` (asked again: nothing was booked since). */
async function proposalsFor(fake: FakeValgo): Promise<ProposedVisit[]> {
  await waitFor(() => expect(fake.callsTo('slots:propose')).toHaveLength(1));
  const input = ProposeInput.parse(fake.callsTo('slots:propose')[0]);
  return fake.diary.handlers['slots:propose'](input);
}

describe('book follow-ups', { timeout: 30_000 }, () => {
  beforeEach(() => {
    URL.createObjectURL = vi.fn(() => 'blob:valgo');
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => vi.restoreAllMocks());

  it('preselects the nearest free slot of each proposed visit and books them all in one call', async () => {
    const fake = family();
    const { user } = await renderApp('#/children/1/book', fake);
    expect(await screen.findByRole('heading', { name: 'Book follow-ups' })).toBeInTheDocument();
    const proposals = await proposalsFor(fake);
    expect(fake.callsTo('slots:propose')[0]).toMatchObject({ clinicianId: 2, patientId: 1, typeId: 2, perProposal: 3 });
    expect(proposals.length).toBeGreaterThanOrEqual(3);
    expect(screen.getByRole('combobox', { name: 'Clinician' })).toHaveTextContent('Dr Oleg Smirnov');

    const list = await screen.findByRole('list', { name: 'Proposed visits' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(proposals.length);
    proposals.forEach((p, i) => {
      const first = p.slots[0]!;
      expect(within(items[i]!).getByRole('radio', { checked: true })).toHaveAttribute(
        'value',
        `${first.date}T${first.start}`,
      );
    });
    expect(within(items[0]!).getByText('Check after course 1: technique and how the child copes')).toBeInTheDocument();

    // The receptionist picks the second time for the first visit and skips the last one.
    const second = proposals[0]!.slots[1]!;
    await user.click(items[0]!.querySelector<HTMLInputElement>(`input[value="${second.date}T${second.start}"]`)!);
    await user.click(within(items.at(-1)!).getByRole('radio', { name: /Skip/ }));
    await user.click(screen.getByRole('button', { name: 'Book all' }));

    await waitFor(() => expect(fake.callsTo('appointments:book-plan')).toHaveLength(1));
    expect(fake.callsTo('appointments:book-plan')[0]).toEqual({
      patientId: 1,
      clinicianId: 2,
      typeId: 2,
      planRef: null,
      visits: proposals.map((p, i) => ({
        dueOn: p.dueOn,
        reason: p.reason,
        start:
          i === 0
            ? { date: second.date, time: second.start }
            : i === proposals.length - 1
              ? null
              : { date: p.slots[0]!.date, time: p.slots[0]!.start },
      })),
    });
    const booked = proposals.length - 1;
    expect(
      await screen.findByRole('heading', { name: `${booked} visits booked for Mia Sokolova` }),
    ).toBeInTheDocument();

    // Then the card, A6 by default, printed by main in the desktop app; and the .ics file.
    await user.click(screen.getByRole('button', { name: 'Print card' }));
    await waitFor(() =>
      expect(fake.callsTo('appointments:card')).toEqual([{ patientId: 1, layout: 'A6', action: 'print' }]),
    );
    await user.click(screen.getByRole('button', { name: 'Choose the card size' }));
    await user.click(await screen.findByRole('menuitem', { name: /Full sheet \(A4\)/ }));
    await waitFor(() => expect(fake.callsTo('appointments:card').at(-1)).toMatchObject({ layout: 'A4' }));
    await user.click(screen.getByRole('button', { name: 'Add to calendar (.ics)' }));
    expect(await screen.findByText(`Calendar file saved with ${booked} visits`)).toBeInTheDocument();
    expect(fake.callsTo('appointments:ics')).toEqual([{ patientId: 1 }]);
  });

  it('shows a clash and offers fresh times when a slot was taken meanwhile', async () => {
    const fake = family();
    const { user } = await renderApp('#/children/1/book', fake);
    const proposals = await proposalsFor(fake);
    await screen.findByRole('list', { name: 'Proposed visits' });
    const first = proposals[0]!.slots[0]!;
    fake.diary.addVisit({ patientId: 1, clinicianId: 2, date: first.date, time: first.start });
    await user.click(screen.getByRole('button', { name: 'Book all' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('One of the times was just taken');
    await waitFor(() => expect(fake.callsTo('slots:propose')).toHaveLength(2));
  });

  it('explains when there is no plan to book from yet', async () => {
    const fake = new FakeValgo({
      clinicians: [{ name: 'Dr Irina Volkova' }],
      children: [{ firstName: 'Ivan', lastName: 'Petrov', dateOfBirth: bornAgo(5) }],
    });
    await renderApp('#/children/1/book', fake);
    await screen.findByRole('heading', { name: 'Book follow-ups' });
    expect(await screen.findByText('No plan yet')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open the diary' })).toBeInTheDocument();
    expect(fake.callsTo('slots:propose')).toHaveLength(0);
  });
});

describe('child visits (for the child screen)', { timeout: 30_000 }, () => {
  it('lists the visits ahead and earlier with their status, and prints the card', async () => {
    const fake = family();
    const today = localToday();
    fake.diary.addVisit({ patientId: 1, clinicianId: 2, date: addDays(today, 20), time: '10:00' });
    fake.diary.addVisit({ patientId: 1, clinicianId: 2, date: addDays(today, -30), time: '11:00', status: 'attended' });
    fake.diary.addVisit({ patientId: 1, clinicianId: 1, date: addDays(today, -60), time: '09:00', status: 'no_show' });
    const user = userEvent.setup({ delay: null });
    window.history.replaceState(null, '', '#/children/1');
    render(
      <ThemeProvider theme={theme}>
        <ApiProvider api={fake.api}>
          <I18nProvider language="en">
            <NotifierProvider>
              <RouterProvider>
                <ChildVisits childId={1} />
                <BookFollowUpsButton childId={1} />
              </RouterProvider>
            </NotifierProvider>
          </I18nProvider>
        </ApiProvider>
      </ThemeProvider>,
    );
    const ahead = await screen.findByRole('list', { name: 'Coming up' });
    expect(within(ahead).getAllByRole('listitem')).toHaveLength(1);
    expect(within(ahead).getByText('Booked')).toBeInTheDocument();
    const earlier = screen.getByRole('list', { name: 'Earlier' });
    expect(
      within(earlier)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringContaining('Attended'), expect.stringContaining('No-show')]);
    await user.click(screen.getByRole('button', { name: 'Print card' }));
    await waitFor(() =>
      expect(fake.callsTo('appointments:card')).toEqual([{ patientId: 1, layout: 'A6', action: 'print' }]),
    );
    await user.click(screen.getByRole('link', { name: 'Book follow-ups' }));
    expect(window.location.hash).toBe('#/children/1/book');
  });
});
