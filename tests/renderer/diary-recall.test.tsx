import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { localToday } from '../../shared/contract';
import { addDays } from '../../shared/diary/dates';
import { createI18n } from '../../renderer/i18n';
import { createDiaryFormat } from '../../renderer/screens/Diary/format';
import { FakeValgo } from './fake-api';
import { bornAgo, renderApp } from './render-app';

/** The week start the screen sends: the locale's (jsdom's navigator), as the app works it out. */
const weekStartsOn = createDiaryFormat(createI18n('en')).weekStartsOn;

function families() {
  const fake = new FakeValgo({
    clinicians: [{ name: 'Dr Irina Volkova' }, { name: 'Dr Oleg Smirnov' }],
    children: [
      {
        firstName: 'Mia',
        lastName: 'Sokolova',
        dateOfBirth: bornAgo(4, 2),
        guardianName: 'Olga Sokolova',
        guardianPhone: '+7 912 345-67-89',
      },
      { firstName: 'Ivan', lastName: 'Petrov', dateOfBirth: bornAgo(6), guardianName: 'Anna Petrova' },
    ],
  });
  const today = localToday();
  const mia = fake.diary.addRecall({
    patientId: 1,
    dueOn: addDays(today, -12),
    clinicianId: 1,
    reason: 'after_course',
    lastVisitOn: addDays(today, -60),
  });
  fake.diary.addRecall({ patientId: 2, dueOn: today, clinicianId: 2 });
  return { fake, mia };
}

describe('recall list', { timeout: 30_000 }, () => {
  it('lists families due with the guardian to call, and filters through recall:list', async () => {
    const { fake } = families();
    const { user } = await renderApp('#/recall', fake);
    const table = await screen.findByRole('table', { name: 'Families to call' });
    const mia = within(table).getByRole('row', { name: 'Mia Sokolova' });
    expect(within(mia).getByText('12 days overdue')).toBeInTheDocument();
    expect(within(mia).getByText('Olga Sokolova')).toBeInTheDocument();
    expect(within(mia).getByRole('link', { name: 'Call +7 912 345-67-89' })).toHaveAttribute(
      'href',
      'tel:+79123456789',
    );
    expect(within(mia).getByText('Not called yet')).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: 'Ivan Petrov' })).toHaveTextContent('Due today');
    expect(fake.callsTo('recall:list')).toEqual([{ due: 'all', weekStartsOn }]);

    await user.click(screen.getByRole('button', { name: 'Overdue' }));
    await waitFor(() => expect(fake.callsTo('recall:list').at(-1)).toEqual({ due: 'overdue', weekStartsOn }));
    await waitFor(() => expect(within(table).queryByRole('row', { name: 'Ivan Petrov' })).not.toBeInTheDocument());

    await user.click(screen.getByRole('combobox', { name: 'Clinician' }));
    await user.click(await screen.findByRole('option', { name: 'Dr Oleg Smirnov' }));
    await waitFor(() =>
      expect(fake.callsTo('recall:list').at(-1)).toEqual({ due: 'overdue', clinicianId: 2, weekStartsOn }),
    );
    expect(await screen.findByText('No family is overdue')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Due this week' }));
    await waitFor(() =>
      expect(fake.callsTo('recall:list').at(-1)).toEqual({ due: 'thisWeek', clinicianId: 2, weekStartsOn }),
    );
    expect(await screen.findByRole('row', { name: 'Ivan Petrov' })).toBeInTheDocument();
  });

  it('logs a call with its outcome and shows it as the last call', async () => {
    const { fake, mia } = families();
    const { user } = await renderApp('#/recall', fake);
    await user.click(await screen.findByRole('button', { name: 'Log a call to the family of Mia Sokolova' }));
    const dialog = await screen.findByRole('dialog', { name: 'Call to the family of Mia Sokolova' });
    await user.click(within(dialog).getByRole('button', { name: 'Log call' }));
    expect(within(dialog).getByText('Choose one')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('radio', { name: 'No answer' }));
    await user.type(within(dialog).getByLabelText('Note'), 'Try after 6 pm');
    await user.click(within(dialog).getByRole('button', { name: 'Log call' }));
    await waitFor(() =>
      expect(fake.callsTo('recall:contacted')).toEqual([
        { patientId: 1, recallId: mia.recallId, outcome: 'no_answer', note: 'Try after 6 pm' },
      ]),
    );
    const row = await screen.findByRole('row', { name: 'Mia Sokolova' });
    await waitFor(() => expect(row).toHaveTextContent('No answer'));
    expect(row).toHaveTextContent('Try after 6 pm');
  });

  it('jumps to the child’s booking screen from a row', async () => {
    const { fake } = families();
    const { user } = await renderApp('#/recall', fake);
    await user.click(await screen.findByRole('link', { name: 'Book follow-ups for Ivan Petrov' }));
    expect(window.location.hash).toBe('#/children/2/book');
    expect(await screen.findByRole('heading', { name: 'Book follow-ups' })).toBeInTheDocument();
  });

  it('says when nothing is due', async () => {
    await renderApp('#/recall', new FakeValgo());
    expect(await screen.findByText('Nothing is due')).toBeInTheDocument();
  });
});
