import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/calendar';
import { localToday } from '../../shared/contract';
import { createI18n } from '../../renderer/i18n';
import { bornAgo, renderRealApp } from './render-app';
import { seedAssessment, startRealCore, type RealCore } from './real-core';
import { alteredInTransit, clinicWithChild } from './seed-clinical';

/*
 * The assessment form against the real core: what is saved is read back from main
 * (`assessments:list`), and what is refused leaves nothing stored.
 */

type User = Awaited<ReturnType<typeof renderRealApp>>['user'];

const en = createI18n('en');
const today = localToday();
const foot = (side: 'Left' | 'Right') => within(screen.getByRole('group', { name: `${side} foot` }));
const degree = (side: 'Left' | 'Right') => within(foot(side).getByRole('group', { name: 'Degree' }));
const method = (side: 'Left' | 'Right') => foot(side).getByRole('combobox', { name: /Method/ });
const visitDate = () => screen.getByRole('group', { name: 'Date of visit' });

async function anna(options: { clinicians?: number; language?: 'ru' } = {}) {
  const real = await startRealCore();
  const clinic = await clinicWithChild(
    real,
    { firstName: 'Anna', lastName: 'Petrova', dateOfBirth: bornAgo(4, 2) },
    { clinicians: options.clinicians ?? 2 },
  );
  if (options.language) await real.call('settings:update', { language: options.language });
  return { real, ...clinic };
}

const stored = (real: RealCore, patientId: number) => real.call('assessments:list', { patientId });

async function choose(user: User, combobox: HTMLElement, option: string) {
  await user.click(combobox);
  await user.click(await screen.findByRole('option', { name: new RegExp(`^${option}`) }));
}

/** Types a date into the date field section by section (the clinic's order: day, month, year). */
async function typeDate(user: User, iso: string) {
  const [year, month, day] = iso.split('-');
  await user.click(within(visitDate()).getAllByRole('spinbutton')[0]!);
  await user.keyboard('{Control>}a{/Control}{Backspace}');
  await user.keyboard(`${day}${month}${year}`);
}

async function openForm(real: RealCore, patientId: number, heading = 'Record assessment') {
  const view = await renderRealApp(real, `#/children/${patientId}/assess`);
  await screen.findByRole('heading', { name: heading });
  return view;
}

// Whole-app renders in jsdom are slow on a busy machine; the waits inside stay short.
describe('assessment form', { timeout: 60_000 }, () => {
  it('lays both feet side by side and starts on today with no clinician picked when there are several', async () => {
    const { real, patient } = await anna();
    const { user } = await openForm(real, patient.id);
    expect(screen.getByText(/^Anna Petrova, 4 years 2 months on the day of the visit/)).toBeInTheDocument();
    expect(document.querySelector<HTMLInputElement>('input[name="assessedOn"]')!.value).toBe(
      today.split('-').reverse().join('/'),
    );
    const [left, right] = screen.getAllByRole('group', { name: /foot$/ });
    expect(left).toHaveAccessibleName('Left foot');
    expect(right).toHaveAccessibleName('Right foot');
    expect(
      degree('Left')
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['None', '1', '2', '3', '4']);
    // Only active clinicians are offered, and the choice is the first thing to make.
    expect(screen.getByRole('combobox', { name: /Clinician/ })).toHaveFocus();
    await user.click(screen.getByRole('combobox', { name: /Clinician/ }));
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(options).toEqual(['Dr Irina VolkovaPediatric orthopedist', 'Dr Pavel OrlovPodiatrist']);
  });

  it('needs a method when a foot has a degree, and disables it for none', async () => {
    const { real, patient } = await anna();
    const { user } = await openForm(real, patient.id);
    await choose(user, screen.getByRole('combobox', { name: /Clinician/ }), 'Dr Pavel Orlov');
    await user.click(degree('Left').getByRole('button', { name: '2' }));
    await user.click(degree('Right').getByRole('button', { name: 'None' }));
    expect(method('Right')).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(method('Left')).toHaveAccessibleDescription('Choose how the degree was established'));
    expect(method('Left')).toHaveFocus();
    expect(method('Right')).not.toHaveAccessibleDescription('Choose how the degree was established');
    expect(screen.getByRole('alert')).toHaveTextContent(en.t('childForm.fixFields'));

    // The other foot's empty method follows the first one chosen.
    await user.click(degree('Right').getByRole('button', { name: '1' }));
    await choose(user, method('Left'), 'Plantography');
    expect(method('Right')).toHaveTextContent('Plantography');
    await waitFor(() => expect(method('Left')).not.toHaveAccessibleDescription(/established/));
    expect(real.callsTo('assessments:create')).toHaveLength(0);
    expect(await stored(real, patient.id)).toEqual([]);
  });

  it('asks for a degree on each foot and a clinician before saving', async () => {
    const { real, patient } = await anna();
    const { user } = await openForm(real, patient.id);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(foot('Left').getByRole('group', { name: 'Degree' })).toHaveAccessibleDescription('Choose one'),
    );
    expect(foot('Right').getByRole('group', { name: 'Degree' })).toHaveAccessibleDescription('Choose one');
    expect(screen.getByRole('combobox', { name: /Clinician/ })).toHaveAccessibleDescription('Choose one');
    expect(await stored(real, patient.id)).toEqual([]);
  });

  it('says the allowed range of the heel angle, weight and height, and saves nothing out of range', async () => {
    const { real, patient, irina } = await anna({ clinicians: 1 });
    const { user } = await openForm(real, patient.id);
    const angle = foot('Left').getByLabelText('Heel angle');
    await user.type(angle, '50');
    await user.tab();
    // Validation resolves asynchronously (zodResolver): each message is waited for, not assumed.
    await waitFor(() => expect(angle).toHaveAccessibleDescription('Enter an angle from 0 to 45°'));
    await user.clear(angle);
    await user.type(angle, 'abc');
    await waitFor(() => expect(angle).toHaveAccessibleDescription('Enter a number'));
    await user.clear(angle);
    await user.type(angle, '17,5');
    await waitFor(() => expect(angle).not.toHaveAccessibleDescription(/./));
    await user.type(screen.getByLabelText('Weight'), '200');
    await user.type(screen.getByLabelText('Height'), '20');
    await user.tab();
    await waitFor(() =>
      expect(screen.getByLabelText('Weight')).toHaveAccessibleDescription('Enter a weight from 2 to 150 kg'),
    );
    expect(screen.getByLabelText('Height')).toHaveAccessibleDescription('Enter a height from 40 to 210 cm');

    // Everything else is in order: only the angle stops the save.
    await user.clear(screen.getByLabelText('Weight'));
    await user.clear(screen.getByLabelText('Height'));
    await user.click(degree('Left').getByRole('button', { name: 'None' }));
    await user.click(degree('Right').getByRole('button', { name: 'None' }));
    await user.clear(angle);
    await user.type(angle, '46');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(angle).toHaveFocus());
    expect(angle).toHaveAccessibleDescription('Enter an angle from 0 to 45°');
    expect(real.callsTo('assessments:create')).toHaveLength(0);
    expect(await stored(real, patient.id)).toEqual([]);
    expect(screen.getByRole('combobox', { name: /Clinician/ })).toHaveTextContent(irina.name);
  });

  it('does not take a visit date in the future, but takes a backdated one', async () => {
    const { real, patient } = await anna({ clinicians: 1 });
    const { user } = await openForm(real, patient.id);
    await user.click(degree('Left').getByRole('button', { name: 'None' }));
    await user.click(degree('Right').getByRole('button', { name: 'None' }));
    await typeDate(user, addDays(today, 1));
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() =>
      expect(visitDate()).toHaveAccessibleDescription('The date of the visit cannot be in the future'),
    );
    expect(await stored(real, patient.id)).toEqual([]);
    await typeDate(user, addDays(today, -30));
    await waitFor(() => expect(visitDate()).not.toHaveAccessibleDescription(/./));
    await user.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByRole('heading', { name: 'Anna Petrova' });
    expect(await stored(real, patient.id)).toEqual([expect.objectContaining({ assessedOn: addDays(today, -30) })]);
  });

  it('saves with Ctrl+Enter, says so, and the child screen shows the new visit at once', async () => {
    const { real, patient, irina } = await anna();
    const { user } = await renderRealApp(real, `#/children/${patient.id}`);
    await user.click(await screen.findByRole('link', { name: 'Record assessment' }));
    await screen.findByRole('heading', { name: 'Record assessment' });
    await typeDate(user, '2025-02-03');
    await choose(user, screen.getByRole('combobox', { name: /Clinician/ }), 'Dr Irina Volkova');
    await user.click(degree('Left').getByRole('button', { name: '2' }));
    await choose(user, method('Left'), 'Heel-valgus angle');
    await user.click(
      within(foot('Left').getByRole('group', { name: 'Flexible' })).getByRole('button', { name: 'Yes' }),
    );
    await user.type(foot('Left').getByLabelText('Heel angle'), '17,5');
    await user.click(degree('Right').getByRole('button', { name: '1' }));
    await choose(user, method('Right'), 'X-ray');
    await user.click(
      within(foot('Right').getByRole('group', { name: 'Flexible' })).getByRole('button', { name: 'No' }),
    );
    await user.click(screen.getByRole('checkbox', { name: /^Limping/ }));
    await user.click(screen.getByRole('checkbox', { name: /^Pain/ }));
    await user.type(screen.getByLabelText('Weight'), '18,5');
    await user.type(screen.getByLabelText('Height'), '104');
    await user.click(screen.getByRole('checkbox', { name: /^Overweight/ }));
    await user.click(screen.getByLabelText('Notes'));
    await user.paste('  Walks on the inner edge.  ');
    await user.keyboard('{Control>}{Enter}{/Control}');

    expect(await screen.findByRole('heading', { name: 'Anna Petrova' })).toBeInTheDocument();
    expect(await stored(real, patient.id)).toEqual([
      expect.objectContaining({
        patientId: patient.id,
        clinicianId: irina.id,
        assessedOn: '2025-02-03',
        left: { degree: 2, method: 'heel_angle', flexible: 'yes', heelAngle: 17.5 },
        right: { degree: 1, method: 'xray', flexible: 'no', heelAngle: null },
        redFlags: ['pain', 'limping'],
        weightKg: 18.5,
        heightCm: 104,
        overweight: true,
        notes: 'Walks on the inner edge.',
      }),
    ]);
    expect(screen.getByRole('alert')).toHaveTextContent('Assessment saved');
    expect(window.location.hash).toBe(`#/children/${patient.id}`);
    const latest = within(await screen.findByRole('region', { name: 'Latest assessment' }));
    expect(latest.getByText('Left foot: degree 2 (heel-valgus angle, 17.5°), flexible.')).toBeInTheDocument();
    expect(latest.getByText('Right foot: degree 1 (x-ray), rigid.')).toBeInTheDocument();
    expect(latest.getByText('Red flags: pain, limping.')).toBeInTheDocument();
    expect(latest.getByText('Marked as overweight.')).toBeInTheDocument();
  });

  it('picks the only active clinician by itself and stores no method for a foot without valgus', async () => {
    const { real, patient, irina } = await anna({ clinicians: 1 });
    const { user } = await openForm(real, patient.id);
    expect(screen.getByRole('combobox', { name: /Clinician/ })).toHaveTextContent('Dr Irina Volkova');
    await user.click(degree('Left').getByRole('button', { name: '1' }));
    await choose(user, method('Left'), 'Clinical examination');
    await user.click(degree('Right').getByRole('button', { name: 'None' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('heading', { name: 'Anna Petrova' });
    expect(await stored(real, patient.id)).toEqual([
      expect.objectContaining({
        clinicianId: irina.id,
        assessedOn: today,
        left: { degree: 1, method: 'clinical', flexible: 'unknown', heelAngle: null },
        right: { degree: 0, method: null, flexible: 'unknown', heelAngle: null },
        redFlags: [],
      }),
    ]);
  });

  it('puts main’s refusal on the field it names and stores nothing', async () => {
    const { real, patient } = await anna({ clinicians: 1 });
    // This desk's renderer lets 17 through as 60 (an older install): main is the one that refuses.
    const desk = alteredInTransit(real, 'assessments:create', (input) => ({
      ...input,
      left: { ...input.left, heelAngle: 60 },
    }));
    const { user } = await openForm(desk, patient.id);
    await user.click(degree('Left').getByRole('button', { name: '1' }));
    await choose(user, method('Left'), 'Heel-valgus angle');
    await user.click(degree('Right').getByRole('button', { name: 'None' }));
    const angle = foot('Left').getByLabelText('Heel angle');
    await user.type(angle, '17');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(angle).toHaveAccessibleDescription('Enter an angle from 0 to 45°'));
    expect(angle).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent(en.t('childForm.fixFields'));
    expect(real.callsTo('assessments:create')).toHaveLength(1);
    expect(await stored(real, patient.id)).toEqual([]);
    expect(screen.getByRole('heading', { name: 'Record assessment' })).toBeInTheDocument();
  });

  it('says how to add a clinician when there is none', async () => {
    const real = await startRealCore();
    await real.call('clinicians:create', { name: 'Dr Gone Away', title: 'Podiatrist', phone: '', active: false });
    const patient = await real.call('patients:create', {
      firstName: 'Anna',
      lastName: 'Petrova',
      dateOfBirth: bornAgo(4),
      sex: 'female',
      notes: '',
      guardians: [
        {
          name: 'Olga',
          relationship: 'mother',
          phone: '+7 912 345-67-89',
          email: '',
          preferredLanguage: 'en',
          contactConsent: true,
        },
      ],
    });
    const { user } = await openForm(real, patient.id);
    expect(screen.getByText(/Add a clinician first/)).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: /Clinician/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Open Settings → Clinicians' }));
    expect(await screen.findByRole('heading', { name: 'Clinicians' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/settings/clinicians');
  });

  it('edits an assessment: loads it, stores the change as a new version, and the child screen marks it edited', async () => {
    const { real, patient, gone } = await anna();
    const first = await seedAssessment(
      real,
      patient,
      gone,
      { left: { degree: 2, method: 'heel_angle', heelAngle: 17.5 }, right: { degree: 1, method: 'heel_angle' } },
      '2025-01-15',
    );
    const { user } = await renderRealApp(real, `#/children/${patient.id}`);
    const title = `Edit the assessment of ${en.date('2025-01-15')}`;
    await user.click(await screen.findByRole('link', { name: title }));
    expect(await screen.findByRole('heading', { name: title })).toBeInTheDocument();
    expect(document.querySelector<HTMLInputElement>('input[name="assessedOn"]')!.value).toBe('15/01/2025');
    // The clinician who has left is still shown for this visit.
    expect(screen.getByRole('combobox', { name: /Clinician/ })).toHaveTextContent('Dr Gone Away (inactive)');
    expect(degree('Left').getByRole('button', { name: '2' })).toHaveAttribute('aria-pressed', 'true');
    expect(foot('Left').getByLabelText('Heel angle')).toHaveValue('17.5');
    await user.clear(foot('Left').getByLabelText('Heel angle'));
    await user.type(foot('Left').getByLabelText('Heel angle'), '16');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('heading', { name: 'Anna Petrova' })).toBeInTheDocument();
    expect(await stored(real, patient.id)).toEqual([
      expect.objectContaining({
        id: first.id,
        clinicianId: gone.id,
        left: { degree: 2, method: 'heel_angle', flexible: 'yes', heelAngle: 16 },
        revisions: 1,
      }),
    ]);
    expect(await screen.findByRole('button', { name: /^Edited: show the earlier versions/ })).toBeInTheDocument();
  });

  it('asks before leaving with unsaved changes', async () => {
    const { real, patient } = await anna();
    const { user } = await renderRealApp(real, `#/children/${patient.id}`);
    await user.click(await screen.findByRole('link', { name: 'Record assessment' }));
    await screen.findByRole('heading', { name: 'Record assessment' });
    await user.click(degree('Left').getByRole('button', { name: '3' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    const dialog = await screen.findByRole('dialog', { name: 'Discard unsaved changes?' });
    await user.click(within(dialog).getByRole('button', { name: 'Discard changes' }));
    expect(await screen.findByRole('heading', { name: 'Anna Petrova' })).toBeInTheDocument();
    expect(await stored(real, patient.id)).toEqual([]);
  });

  it('shows the form in Russian with the clinic’s words, ranges included', async () => {
    const { real, patient } = await anna({ language: 'ru' });
    const { user } = await openForm(real, patient.id, 'Запись осмотра');
    expect(screen.getByRole('group', { name: 'Левая стопа' })).toBeInTheDocument();
    expect(screen.getAllByRole('group', { name: 'Степень' })).toHaveLength(2);
    expect(screen.getAllByRole('button', { name: 'Нет' }).length).toBeGreaterThan(0);
    expect(screen.getByRole('checkbox', { name: /^Хромота/ })).toBeInTheDocument();
    const angle = within(screen.getByRole('group', { name: 'Левая стопа' })).getByLabelText('Угол пятки');
    await user.type(angle, '50');
    await user.tab();
    expect(angle).toHaveAccessibleDescription('Угол — от 0 до 45°');
  });
});
