import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addDays, formatNumericDate } from '../../shared/calendar';
import { localToday } from '../../shared/contract';
import { seedChild, seedClinician, seedHours, startRealCore } from './real-core';
import { bornAgo, renderRealApp } from './render-app';

// Whole-app renders in jsdom are slow on a busy machine; the waits inside stay short.
describe('settings', { timeout: 60_000 }, () => {
  it('switches the whole UI to Russian at once and stores the choice', async () => {
    const real = await startRealCore();
    await seedChild(real, { firstName: 'Иван', lastName: 'Петров', dateOfBirth: bornAgo(5, 2) });
    const { user } = await renderRealApp(real, '#/settings');
    expect(await screen.findByRole('heading', { name: 'Settings' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Русский' }));
    expect(await screen.findByRole('heading', { name: 'Настройки' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Дети' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'О программе' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ru');
    await waitFor(async () => expect((await real.call('settings:get', {})).language).toBe('ru'));

    await user.click(screen.getByRole('link', { name: 'Дети' }));
    expect(await screen.findByText('Петров Иван')).toBeInTheDocument();
    expect(screen.getByText('5 л. 2 мес.')).toBeInTheDocument();
  });

  it('lays the sections out in a list beside them and lands on the one in the address', async () => {
    const real = await startRealCore();
    const { user } = await renderRealApp(real, '#/settings/clinicians');
    const sections = within(await screen.findByRole('complementary', { name: 'Settings sections' }));
    expect(sections.getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Clinic',
      'Booklets',
      'Clinicians',
      'Diary',
      'Staff',
      'Backups',
      'Data source',
      'About',
    ]);
    expect(sections.getByRole('link', { name: 'Clinicians' })).toHaveAttribute('aria-current', 'location');
    await user.click(sections.getByRole('link', { name: 'Diary' }));
    expect(sections.getByRole('link', { name: 'Diary' })).toHaveAttribute('aria-current', 'location');
    expect(window.location.hash).toBe('#/settings/diary');
    expect(document.activeElement?.id).toBe('settings-diary');
  });

  it('checks the clinic’s details, keeps a refused phone on its field, and stores country and date format', async () => {
    const real = await startRealCore();
    const { user } = await renderRealApp(real, '#/settings');
    const card = within(await screen.findByRole('form', { name: 'Clinic' }));
    await user.type(card.getByLabelText('Clinic name'), '  Little Steps  ');
    await user.type(card.getByLabelText('Phone'), 'call us');
    await user.click(card.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(card.getByLabelText('Phone')).toHaveAccessibleDescription(
        'Use digits, spaces, brackets, dashes and a leading +',
      ),
    );
    expect(card.getByLabelText('Phone')).toHaveFocus();
    expect(real.callsTo('settings:update')).toHaveLength(0);

    await user.clear(card.getByLabelText('Phone'));
    await user.type(card.getByLabelText('Phone'), '8 916 123-45-67');
    expect(card.getByRole('option', { name: 'Russia' })).toBeInTheDocument();
    await user.selectOptions(card.getByLabelText('Country'), 'RU');
    await user.selectOptions(card.getByLabelText('Date format'), 'DD.MM.YYYY');
    expect(card.getByText(`Today: ${formatNumericDate(localToday(), 'DD.MM.YYYY')}`)).toBeInTheDocument();
    await user.click(card.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect(await real.call('settings:get', {})).toMatchObject({
      clinicName: 'Little Steps',
      clinicPhone: '8 916 123-45-67',
      country: 'RU',
      dateFormat: 'DD.MM.YYYY',
    });
    // The top bar shows the clinic at once.
    expect(screen.getByText('Little Steps', { selector: 'header *' })).toBeInTheDocument();
  });

  it('names the countries in the UI language', async () => {
    const real = await startRealCore();
    await real.call('settings:update', { language: 'ru', country: 'DE' });
    await renderRealApp(real, '#/settings');
    const country = await screen.findByLabelText('Страна');
    expect(country).toHaveValue('DE');
    expect(within(country).getByRole('option', { name: 'Германия' })).toBeInTheDocument();
  });

  it('shows the version, the mode and where the data lives', async () => {
    const real = await startRealCore();
    const info = await real.call('app:info', {});
    await renderRealApp(real, '#/settings/about');
    expect(await screen.findByText(info.dataDir)).toBeInTheDocument();
    expect(screen.getByText('0.0.0-test')).toBeInTheDocument();
    expect(screen.getByText('Browser mode')).toBeInTheDocument();
  });
});

describe('clinicians in settings', { timeout: 60_000 }, () => {
  const list = () => within(screen.getByRole('list', { name: 'Clinicians' }));

  it('says there are none yet, then adds one with a checked form', async () => {
    const real = await startRealCore();
    const { user } = await renderRealApp(real, '#/settings/clinicians');
    expect(await screen.findByText(/No clinicians yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add clinician' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Add clinician' }));
    expect(dialog.getByLabelText('Name')).toHaveFocus();
    await user.type(dialog.getByLabelText('Phone'), 'ext 12');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(dialog.getByLabelText('Name')).toHaveAccessibleDescription('Fill this in'));
    expect(dialog.getByLabelText('Title as it prints')).toHaveAccessibleDescription('Fill this in');
    expect(dialog.getByLabelText('Phone')).toHaveAccessibleDescription(
      'Use digits, spaces, brackets, dashes and a leading +',
    );
    expect(real.callsTo('clinicians:create')).toHaveLength(0);

    await user.type(dialog.getByLabelText('Name'), ' Dr Irina Volkova ');
    await user.type(dialog.getByLabelText('Title as it prints'), 'Pediatric orthopedist');
    await user.clear(dialog.getByLabelText('Phone'));
    await user.type(dialog.getByLabelText('Phone'), '+7 495 123-45-67');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await real.call('clinicians:list', {})).toEqual([
      {
        id: 1,
        name: 'Dr Irina Volkova',
        title: 'Pediatric orthopedist',
        phone: '+7 495 123-45-67',
        active: true,
        version: 1,
      },
    ]);
    expect(screen.getByText('Dr Irina Volkova added')).toBeInTheDocument();
    const row = within(await list().findByRole('listitem', { name: 'Dr Irina Volkova' }));
    expect(row.getByText('Pediatric orthopedist · +7 495 123-45-67')).toBeInTheDocument();
  });

  it('edits a clinician, and deactivates (after asking) and reactivates instead of deleting', async () => {
    const real = await startRealCore();
    const pavel = await seedClinician(real, 'Dr Pavel Orlov', 'Podiatrist');
    const anna = await seedClinician(real, 'Dr Anna Berg', 'Orthopedist');
    await real.call('clinicians:update', { id: anna.id, version: anna.version, clinician: { ...anna, active: false } });
    await seedHours(real, pavel);
    const mia = await seedChild(real, { firstName: 'Mia', lastName: 'Sokolova', dateOfBirth: bornAgo(4) });
    const type = (await real.call('appointment-types:list', {})).find((x) => x.code === 'follow_up')!;
    const start = { date: addDays(localToday(), 3), time: '10:00' };
    await real.call('appointments:create', { patientId: mia.id, clinicianId: pavel.id, typeId: type.id, start });
    const { user } = await renderRealApp(real, '#/settings/clinicians');
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

    await user.click(screen.getByRole('button', { name: 'Deactivate Dr Pavel Orlov' }));
    const confirm = within(await screen.findByRole('dialog', { name: 'Deactivate Dr Pavel Orlov?' }));
    expect(confirm.getByText(/visits already booked stay in the diary/)).toBeInTheDocument();
    expect(await confirm.findByText('1 visit is booked with Dr Pavel Orlov in the next six weeks.')).toBeVisible();
    await user.click(confirm.getByRole('button', { name: 'Deactivate' }));
    await waitFor(() =>
      expect(within(list().getByRole('listitem', { name: 'Dr Pavel Orlov' })).getByText('Inactive')).toBeVisible(),
    );
    expect(screen.getByText(/Dr Pavel Orlov deactivated/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reactivate Dr Anna Berg' }));
    await waitFor(() => expect(names()).toEqual(['Dr Anna Berg', 'Dr Pavel Orlov']));
    const stored = await real.call('clinicians:list', {});
    expect(stored.map((c) => [c.name, c.title, c.active])).toEqual([
      ['Dr Anna Berg', 'Orthopedist', true],
      ['Dr Pavel Orlov', 'Senior podiatrist', false],
    ]);
  });
});

describe('first-run checklist', { timeout: 90_000 }, () => {
  const checklist = () => within(screen.getByRole('list', { name: 'Set-up steps' }));
  const steps = () =>
    within(screen.getByRole('list', { name: 'Set-up steps' }))
      .getAllByRole('listitem')
      .map((li) => `${li.getAttribute('aria-label')}: ${li.getAttribute('data-done') === 'true' ? 'done' : 'to do'}`);

  it('ticks off the clinic, a clinician and working hours as main stores them, then disappears', async () => {
    const real = await startRealCore();
    const { user } = await renderRealApp(real, '#/children');
    expect(await screen.findByRole('heading', { name: 'Getting started' })).toBeInTheDocument();
    expect(steps()).toEqual(['Enter the clinic’s name: to do', 'Add a clinician: to do', 'Set working hours: to do']);
    expect(screen.getByText('0 of 3 done')).toBeInTheDocument();

    // Each step is a link to where it is done.
    await user.click(checklist().getByRole('link', { name: 'Enter the clinic’s name' }));
    expect(window.location.hash).toBe('#/settings/clinic');
    const clinic = within(await screen.findByRole('form', { name: 'Clinic' }));
    await user.type(clinic.getByLabelText('Clinic name'), 'Little Steps');
    await user.click(clinic.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(steps()[0]).toBe('Enter the clinic’s name: done'));
    expect(checklist().queryByRole('link', { name: 'Enter the clinic’s name' })).not.toBeInTheDocument();

    await user.click(checklist().getByRole('link', { name: 'Add a clinician' }));
    expect(window.location.hash).toBe('#/settings/clinicians');
    await user.click(await screen.findByRole('button', { name: 'Add clinician' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Add clinician' }));
    await user.type(dialog.getByLabelText('Name'), 'Dr Irina Volkova');
    await user.type(dialog.getByLabelText('Title as it prints'), 'Podiatrist');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(steps()[1]).toBe('Add a clinician: done'));
    expect(screen.getByText('2 of 3 done')).toBeInTheDocument();

    await user.click(checklist().getByRole('link', { name: 'Set working hours' }));
    expect(window.location.hash).toBe('#/settings/diary');
    const monday = await screen.findByRole('group', { name: 'Monday' });
    await user.click(within(monday).getByRole('button', { name: 'Add hours on Monday' }));
    await user.click(screen.getByRole('button', { name: 'Save hours of Dr Irina Volkova' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Getting started' })).not.toBeInTheDocument());
    expect((await real.call('diary:setup:get', {})).hours[0]?.intervals).toEqual([
      { weekday: 1, start: '09:00', end: '17:00' },
    ]);

    await user.click(screen.getByRole('link', { name: 'Children' }));
    expect(await screen.findByRole('heading', { name: 'Children' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Getting started' })).not.toBeInTheDocument();
  });

  it('is not shown to a practice that is set up', async () => {
    const real = await startRealCore();
    await real.call('settings:update', { clinicName: 'Little Steps' });
    await seedHours(real, await seedClinician(real));
    await renderRealApp(real, '#/children');
    expect(await screen.findByText('No children yet')).toBeInTheDocument();
    // Both reads the checklist needs have answered (it shows nothing while they load).
    await waitFor(() => expect(real.callsTo('diary:setup:get')).toHaveLength(1));
    await waitFor(() => expect(real.callsTo('clinicians:list')).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByRole('heading', { name: 'Getting started' })).not.toBeInTheDocument();
  });
});
