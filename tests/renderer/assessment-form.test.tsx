import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { localToday } from '../../shared/contract';
import { createI18n } from '../../renderer/i18n';
import { FakeValgo, type FakeOptions } from './fake-api';
import { bornAgo, renderApp } from './render-app';

type User = Awaited<ReturnType<typeof renderApp>>['user'];

const en = createI18n('en');
const foot = (side: 'Left' | 'Right') => within(screen.getByRole('group', { name: `${side} foot` }));
const degree = (side: 'Left' | 'Right') => within(foot(side).getByRole('group', { name: 'Degree' }));
const method = (side: 'Left' | 'Right') => foot(side).getByRole('combobox', { name: /Method/ });

function daysFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function anna(extra: Partial<FakeOptions> = {}) {
  return new FakeValgo({
    children: [{ firstName: 'Anna', lastName: 'Petrova', dateOfBirth: bornAgo(4, 2) }],
    clinicians: [
      { name: 'Dr Irina Volkova', title: 'Pediatric orthopedist' },
      { name: 'Dr Pavel Orlov', title: 'Podiatrist' },
      { name: 'Dr Gone Away', active: false },
    ],
    ...extra,
  });
}

async function choose(user: User, combobox: HTMLElement, option: string) {
  await user.click(combobox);
  await user.click(await screen.findByRole('option', { name: new RegExp(`^${option}`) }));
}

async function openForm(fake: FakeValgo) {
  const view = await renderApp('#/children/1/assess', fake);
  await screen.findByRole('heading', { name: 'Record assessment' });
  return view;
}

// Whole-app renders in jsdom are slow on a busy machine; the waits inside stay short.
describe('assessment form', { timeout: 30_000 }, () => {
  it('lays both feet side by side and starts on today with no clinician picked when there are several', async () => {
    const { user } = await openForm(anna());
    expect(screen.getByText(/^Anna Petrova, 4 years 2 months on the day of the visit/)).toBeInTheDocument();
    expect(screen.getByLabelText('Date of visit')).toHaveValue(localToday());
    expect(screen.getByLabelText('Date of visit')).toHaveAttribute('max', localToday());
    const [left, right] = screen.getAllByRole('group', { name: /foot$/ });
    expect(left).toHaveAccessibleName('Left foot');
    expect(right).toHaveAccessibleName('Right foot');
    expect(
      degree('Left')
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['None', '1', '2', '3', '4']);
    // Only active clinicians are offered.
    await user.click(screen.getByRole('combobox', { name: /Clinician/ }));
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(options).toEqual(['Dr Irina VolkovaPediatric orthopedist', 'Dr Pavel OrlovPodiatrist']);
  });

  it('needs a method when a foot has a degree, and disables it for none', async () => {
    const { user, fake } = await openForm(anna());
    await choose(user, screen.getByRole('combobox', { name: /Clinician/ }), 'Dr Pavel Orlov');
    await user.click(degree('Left').getByRole('button', { name: '2' }));
    await user.click(degree('Right').getByRole('button', { name: 'None' }));
    expect(method('Right')).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(method('Left')).toHaveAccessibleDescription('Choose how the degree was established');
    expect(method('Left')).toHaveFocus();
    expect(method('Right')).not.toHaveAccessibleDescription('Choose how the degree was established');
    expect(fake.callsTo('assessments:create')).toHaveLength(0);

    // A degree not chosen at all is asked for too.
    await user.click(degree('Right').getByRole('button', { name: '1' }));
    await choose(user, method('Left'), 'Plantography');
    // The other foot's empty method follows the first one chosen.
    expect(method('Right')).toHaveTextContent('Plantography');
    expect(method('Left')).not.toHaveAccessibleDescription('Choose how the degree was established');
  });

  it('asks for a degree on each foot before saving', async () => {
    const { user, fake } = await openForm(anna());
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(foot('Left').getByRole('group', { name: 'Degree' })).toHaveAccessibleDescription('Choose one');
    expect(foot('Right').getByRole('group', { name: 'Degree' })).toHaveAccessibleDescription('Choose one');
    expect(screen.getByRole('combobox', { name: /Clinician/ })).toHaveAccessibleDescription('Choose one');
    expect(fake.callsTo('assessments:create')).toHaveLength(0);
  });

  it('checks the heel angle, weight and height ranges', async () => {
    const { user } = await openForm(anna());
    const angle = foot('Left').getByLabelText('Heel angle');
    await user.type(angle, '50');
    await user.tab();
    expect(angle).toHaveAccessibleDescription('Enter an angle from 0 to 45°');
    await user.clear(angle);
    await user.type(angle, 'abc');
    await user.tab();
    expect(angle).toHaveAccessibleDescription('Enter a number');
    await user.clear(angle);
    await user.type(angle, '17,5');
    await user.tab();
    expect(angle).not.toHaveAccessibleDescription(/./);
    await user.type(screen.getByLabelText('Weight'), '200');
    await user.type(screen.getByLabelText('Height'), '20');
    await user.tab();
    expect(screen.getByLabelText('Weight')).toHaveAccessibleDescription('Enter a weight from 2 to 150 kg');
    expect(screen.getByLabelText('Height')).toHaveAccessibleDescription('Enter a height from 40 to 210 cm');
  });

  it('does not take a visit date in the future, but takes a backdated one', async () => {
    const { user, fake } = await openForm(anna());
    fireEvent.change(screen.getByLabelText('Date of visit'), { target: { value: daysFromToday(1) } });
    fireEvent.blur(screen.getByLabelText('Date of visit'));
    expect(screen.getByLabelText('Date of visit')).toHaveAccessibleDescription(
      'The date of the visit cannot be in the future',
    );
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(fake.callsTo('assessments:create')).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('Date of visit'), { target: { value: daysFromToday(-30) } });
    expect(screen.getByLabelText('Date of visit')).not.toHaveAccessibleDescription(/./);
  });

  it('saves with Ctrl+Enter, says so, and shows the visit on the child screen', async () => {
    const { user, fake } = await openForm(anna());
    fireEvent.change(screen.getByLabelText('Date of visit'), { target: { value: '2025-02-03' } });
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
    expect(fake.callsTo('assessments:create')).toEqual([
      {
        patientId: 1,
        clinicianId: 1,
        assessedOn: '2025-02-03',
        left: { degree: 2, method: 'heel_angle', flexible: 'yes', heelAngle: 17.5 },
        right: { degree: 1, method: 'xray', flexible: 'no', heelAngle: null },
        redFlags: ['pain', 'limping'],
        weightKg: 18.5,
        heightCm: 104,
        overweight: true,
        notes: 'Walks on the inner edge.',
      },
    ]);
    expect(screen.getByRole('alert')).toHaveTextContent('Assessment saved');
    expect(window.location.hash).toBe('#/children/1');
    const latest = within(screen.getByRole('region', { name: 'Latest assessment' }));
    expect(latest.getByText('Left foot: degree 2 (heel-valgus angle, 17.5°), flexible.')).toBeInTheDocument();
    expect(latest.getByText('Right foot: degree 1 (x-ray), rigid.')).toBeInTheDocument();
    expect(latest.getByText('Red flags: pain, limping.')).toBeInTheDocument();
    expect(latest.getByText('Marked as overweight.')).toBeInTheDocument();
  });

  it('picks the only active clinician by itself and sends no method for a foot without valgus', async () => {
    const fake = anna({ clinicians: [{ name: 'Dr Irina Volkova' }, { name: 'Dr Gone Away', active: false }] });
    const { user } = await openForm(fake);
    expect(screen.getByRole('combobox', { name: /Clinician/ })).toHaveTextContent('Dr Irina Volkova');
    await user.click(degree('Left').getByRole('button', { name: '1' }));
    await choose(user, method('Left'), 'Clinical examination');
    await user.click(degree('Right').getByRole('button', { name: 'None' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('heading', { name: 'Anna Petrova' });
    expect(fake.callsTo('assessments:create')[0]).toMatchObject({
      clinicianId: 1,
      assessedOn: localToday(),
      left: { degree: 1, method: 'clinical', flexible: 'unknown', heelAngle: null },
      right: { degree: 0, method: null, flexible: 'unknown', heelAngle: null },
      redFlags: [],
    });
  });

  it('says how to add a clinician when there is none', async () => {
    const { user } = await openForm(anna({ clinicians: [{ name: 'Dr Gone Away', active: false }] }));
    expect(screen.getByText(/Add a clinician first/)).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: /Clinician/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Open Settings → Clinicians' }));
    expect(await screen.findByRole('heading', { name: 'Clinicians' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/settings/clinicians');
  });

  it('edits an assessment: loads it, sends the update, and the child screen marks it edited', async () => {
    const fake = anna({
      assessments: [
        {
          patientId: 1,
          clinicianId: 3,
          assessedOn: '2025-01-15',
          left: { degree: 2, method: 'heel_angle', heelAngle: 17.5 },
          right: { degree: 1, method: 'heel_angle', heelAngle: 12 },
          weightKg: 17,
        },
      ],
    });
    const { user } = await renderApp('#/children/1', fake);
    await user.click(await screen.findByRole('link', { name: `Edit the assessment of ${en.date('2025-01-15')}` }));
    expect(
      await screen.findByRole('heading', { name: `Edit the assessment of ${en.date('2025-01-15')}` }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Date of visit')).toHaveValue('2025-01-15');
    // The clinician who has left is still shown for this visit.
    expect(screen.getByRole('combobox', { name: /Clinician/ })).toHaveTextContent('Dr Gone Away (inactive)');
    expect(degree('Left').getByRole('button', { name: '2' })).toHaveAttribute('aria-pressed', 'true');
    expect(foot('Left').getByLabelText('Heel angle')).toHaveValue('17.5');
    expect(screen.getByLabelText('Weight')).toHaveValue('17');
    await user.clear(foot('Left').getByLabelText('Heel angle'));
    await user.type(foot('Left').getByLabelText('Heel angle'), '16');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('heading', { name: 'Anna Petrova' })).toBeInTheDocument();
    expect(fake.callsTo('assessments:update')).toEqual([
      {
        id: 1,
        assessment: expect.objectContaining({
          clinicianId: 3,
          left: { degree: 2, method: 'heel_angle', flexible: 'yes', heelAngle: 16 },
          weightKg: 17,
        }),
      },
    ]);
    expect(screen.getByRole('button', { name: /^Edited: show the earlier versions/ })).toBeInTheDocument();
  });

  it('asks before leaving with unsaved changes', async () => {
    const { user, fake } = await renderApp('#/children/1', anna());
    await user.click(await screen.findByRole('link', { name: 'Record assessment' }));
    await screen.findByRole('heading', { name: 'Record assessment' });
    await user.click(degree('Left').getByRole('button', { name: '3' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    const dialog = await screen.findByRole('dialog', { name: 'Discard unsaved changes?' });
    await user.click(within(dialog).getByRole('button', { name: 'Discard changes' }));
    expect(await screen.findByRole('heading', { name: 'Anna Petrova' })).toBeInTheDocument();
    expect(fake.callsTo('assessments:create')).toHaveLength(0);
  });

  it('shows the form in Russian with the clinic’s words', async () => {
    await openFormIn('ru');
    expect(screen.getByRole('group', { name: 'Левая стопа' })).toBeInTheDocument();
    expect(screen.getAllByRole('group', { name: 'Степень' })).toHaveLength(2);
    expect(screen.getAllByRole('button', { name: 'Нет' }).length).toBeGreaterThan(0);
    expect(screen.getByRole('checkbox', { name: /^Хромота/ })).toBeInTheDocument();
  });
});

async function openFormIn(language: 'ru') {
  await renderApp('#/children/1/assess', anna({ settings: { language } }));
  await screen.findByRole('heading', { name: 'Запись осмотра' });
}
