import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeValgo } from './fake-api';
import { bornAgo, renderApp } from './render-app';

// Whole-app renders in jsdom are slow on a busy machine; the waits inside stay short.
describe('settings', { timeout: 20_000 }, () => {
  it('switches the whole UI to Russian at once and stores the choice', async () => {
    const fake = new FakeValgo({
      children: [{ firstName: 'Иван', lastName: 'Петров', dateOfBirth: bornAgo(5, 2) }],
    });
    const { user } = await renderApp('#/settings', fake);
    expect(await screen.findByRole('heading', { name: 'Settings' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Русский' }));
    expect(await screen.findByRole('heading', { name: 'Настройки' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Дети' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'О программе' })).toBeInTheDocument();
    expect(screen.queryByText('Settings')).not.toBeInTheDocument();
    expect(fake.callsTo('settings:update')).toEqual([{ language: 'ru' }]);
    expect(document.documentElement.lang).toBe('ru');

    await user.click(screen.getByRole('link', { name: 'Дети' }));
    expect(await screen.findByText('Петров Иван')).toBeInTheDocument();
    expect(screen.getByText('5 л. 2 мес.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Найти ребёнка' })).toBeInTheDocument();
  });

  it('starts in the stored language', async () => {
    await renderApp('#/children', { settings: { language: 'ru' } });
    expect(await screen.findByText('Детей пока нет')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Добавить первого ребёнка' })).toBeInTheDocument();
  });

  it('puts the language back and says why when storing it fails', async () => {
    const fake = new FakeValgo();
    fake.failNext('settings:update', { code: 'INTERNAL', message: 'locked' });
    const { user } = await renderApp('#/settings', fake);
    await user.click(await screen.findByRole('button', { name: 'Русский' }));
    expect(await screen.findByText(/Something went wrong and nothing was saved/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Settings' })).toBeInTheDocument();
  });

  it('checks and saves the clinic’s details', async () => {
    const { user, fake } = await renderApp('#/settings');
    await user.type(await screen.findByLabelText('Clinic name'), '  Little Steps  ');
    await user.type(screen.getByLabelText('Phone'), 'call us');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByLabelText('Phone')).toHaveAccessibleDescription(
      'Use digits, spaces, brackets, dashes and a leading +',
    );
    expect(fake.callsTo('settings:update')).toHaveLength(0);
    await user.clear(screen.getByLabelText('Phone'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect(fake.callsTo('settings:update')).toEqual([
      { clinicName: 'Little Steps', clinicAddress: '', clinicPhone: '' },
    ]);
    // The top bar shows the clinic at once.
    expect(screen.getByText('Little Steps', { selector: 'header *' })).toBeInTheDocument();
  });

  it('shows the version, the mode and where the data lives', async () => {
    await renderApp('#/settings', { info: { version: '1.2.3', mode: 'browser', dataDir: '/srv/valgo-data' } });
    expect(await screen.findByText('/srv/valgo-data')).toBeInTheDocument();
    expect(screen.getByText('1.2.3')).toBeInTheDocument();
    expect(screen.getByText('Browser mode')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText(/Make sure the clinic’s backups include it/)).toBeInTheDocument());
  });
});

describe('clinicians in settings', { timeout: 30_000 }, () => {
  const list = () => within(screen.getByRole('list', { name: 'Clinicians' }));

  it('says there are none yet, then adds one with a checked form', async () => {
    const { user, fake } = await renderApp('#/settings/clinicians');
    expect(await screen.findByText(/No clinicians yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add clinician' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Add clinician' }));
    expect(dialog.getByLabelText('Name')).toHaveFocus();
    await user.type(dialog.getByLabelText('Phone'), 'ext 12');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    expect(dialog.getByLabelText('Name')).toHaveAccessibleDescription('Fill this in');
    expect(dialog.getByLabelText('Title as it prints')).toHaveAccessibleDescription('Fill this in');
    expect(dialog.getByLabelText('Phone')).toHaveAccessibleDescription(
      'Use digits, spaces, brackets, dashes and a leading +',
    );
    expect(fake.callsTo('clinicians:create')).toHaveLength(0);

    await user.type(dialog.getByLabelText('Name'), ' Dr Irina Volkova ');
    await user.type(dialog.getByLabelText('Title as it prints'), 'Pediatric orthopedist');
    await user.clear(dialog.getByLabelText('Phone'));
    await user.type(dialog.getByLabelText('Phone'), '+7 495 123-45-67');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(fake.callsTo('clinicians:create')).toEqual([
      { name: 'Dr Irina Volkova', title: 'Pediatric orthopedist', phone: '+7 495 123-45-67', active: true },
    ]);
    expect(screen.getByText('Dr Irina Volkova added')).toBeInTheDocument();
    const row = within(list().getByRole('listitem', { name: 'Dr Irina Volkova' }));
    expect(row.getByText('Pediatric orthopedist · +7 495 123-45-67')).toBeInTheDocument();
  });

  it('edits a clinician, and deactivates and reactivates instead of deleting', async () => {
    const fake = new FakeValgo({
      clinicians: [
        { name: 'Dr Pavel Orlov', title: 'Podiatrist' },
        { name: 'Dr Anna Berg', title: 'Orthopedist', active: false },
      ],
    });
    const { user } = await renderApp('#/settings', fake);
    await screen.findByRole('listitem', { name: 'Dr Pavel Orlov' });
    const names = () =>
      list()
        .getAllByRole('listitem')
        .map((li) => li.getAttribute('aria-label'));
    expect(names()).toEqual(['Dr Pavel Orlov', 'Dr Anna Berg']);
    expect(within(list().getByRole('listitem', { name: 'Dr Anna Berg' })).getByText('Inactive')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Delete/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Edit Dr Pavel Orlov' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Edit clinician' }));
    expect(dialog.getByLabelText('Title as it prints')).toHaveValue('Podiatrist');
    await user.clear(dialog.getByLabelText('Title as it prints'));
    await user.type(dialog.getByLabelText('Title as it prints'), 'Senior podiatrist');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(fake.callsTo('clinicians:update')).toEqual([
      { id: 1, clinician: { name: 'Dr Pavel Orlov', title: 'Senior podiatrist', phone: '', active: true } },
    ]);

    await user.click(screen.getByRole('button', { name: 'Deactivate Dr Pavel Orlov' }));
    await waitFor(() =>
      expect(within(list().getByRole('listitem', { name: 'Dr Pavel Orlov' })).getByText('Inactive')).toBeVisible(),
    );
    expect(fake.callsTo('clinicians:update').at(-1)).toEqual({
      id: 1,
      clinician: { name: 'Dr Pavel Orlov', title: 'Senior podiatrist', phone: '', active: false },
    });
    expect(screen.getByText(/Dr Pavel Orlov deactivated/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reactivate Dr Anna Berg' }));
    await waitFor(() => expect(names()).toEqual(['Dr Anna Berg', 'Dr Pavel Orlov']));
    expect(within(list().getByRole('listitem', { name: 'Dr Anna Berg' })).queryByText('Inactive')).toBeNull();
    expect(fake.clinicians.map((c) => [c.name, c.active])).toEqual([
      ['Dr Pavel Orlov', false],
      ['Dr Anna Berg', true],
    ]);
  });
});
