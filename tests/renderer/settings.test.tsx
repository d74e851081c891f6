import { screen, waitFor } from '@testing-library/react';
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
