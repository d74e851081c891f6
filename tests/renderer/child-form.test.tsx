import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { startRealCore, type RealCore } from './real-core';
import { bornAgo, renderRealApp } from './render-app';
import {
  dateGroup,
  guardian as guardianInput,
  seedClinician,
  seedFullChild,
  seedVisit,
  typeDate,
} from './seed-patients';

/* The child form over the real core: what main stored is read back through its own channels. */

type User = Awaited<ReturnType<typeof renderRealApp>>['user'];

const field = (label: string) => screen.getByLabelText(label);
/** The fields of guardian `n` (1-based), found inside its own group like a screen reader would. */
const guardian = (n: number) => within(screen.getByRole('group', { name: new RegExp(`^Guardian ${n}\\b`) }));
const guardianGroups = () => screen.queryAllByRole('group', { name: /^Guardian \d/ });

async function chooseRelationship(user: User, n: number, relationship: string) {
  await user.click(guardian(n).getByRole('combobox', { name: /Relationship/ }));
  await user.click(await screen.findByRole('option', { name: relationship }));
}

/** Types a whole value at once (one input event): quicker than key by key on a busy machine. */
async function fill(user: User, el: HTMLElement, text: string) {
  await user.click(el);
  await user.paste(text);
}

const born = bornAgo(4, 2);

async function fillValidChild(user: User) {
  await fill(user, field('First name'), '  Anna ');
  await fill(user, field('Last name'), ' Petrova');
  await typeDate(user, 'Date of birth', born);
  await user.click(screen.getByRole('button', { name: 'Girl' }));
  await fill(user, guardian(1).getByLabelText('Name'), 'Elena Petrova  ');
  await chooseRelationship(user, 1, 'Mother');
  await fill(user, guardian(1).getByLabelText('Phone'), ' +7 912 345-67-89');
}

/** Every child main holds (archived ones included: the blank list leaves them out). */
async function stored(rc: RealCore) {
  const { items } = await rc.call('patients:search', { query: '' });
  return Promise.all(items.map((c) => rc.call('patients:get', { id: c.id })));
}

// Whole-app renders in jsdom are slow on a busy machine; the waits inside stay short.
describe('child form', { timeout: 60_000 }, () => {
  it('shows a message under each empty field, focuses the first, and stores nothing', async () => {
    const rc = await startRealCore();
    const { user } = await renderRealApp(rc, '#/children/new');
    await user.click(await screen.findByRole('button', { name: 'Save' }));
    for (const label of ['First name', 'Last name']) {
      expect(field(label)).toHaveAccessibleDescription('Fill this in');
      expect(field(label)).toHaveAttribute('aria-invalid', 'true');
    }
    expect(dateGroup('Date of birth')).toHaveAccessibleDescription('Fill this in');
    // The middle name is optional.
    expect(field('Middle name (patronymic)')).toHaveAttribute('aria-invalid', 'false');
    expect(guardian(1).getByLabelText('Name')).toHaveAccessibleDescription('Fill this in');
    expect(guardian(1).getByRole('combobox', { name: /Relationship/ })).toHaveAccessibleDescription('Choose one');
    expect(guardian(1).getByLabelText('Phone')).toHaveAccessibleDescription(
      'Give a phone number or an email for at least one guardian',
    );
    expect(screen.getByRole('group', { name: 'Sex' })).toHaveAccessibleDescription('Choose one');
    await waitFor(() => expect(field('First name')).toHaveFocus());
    expect(rc.callsTo('patients:create')).toHaveLength(0);
    expect(await stored(rc)).toEqual([]);
  });

  it('checks a field when it loses focus, with the shared schema’s rules', async () => {
    const rc = await startRealCore();
    const { user } = await renderRealApp(rc, '#/children/new');
    await screen.findByRole('group', { name: /^Guardian 1/ });
    const phone = guardian(1).getByLabelText('Phone');
    await user.type(phone, '12ab');
    expect(phone).not.toHaveAccessibleDescription(/./); // not while typing
    await user.tab();
    await waitFor(() =>
      expect(phone).toHaveAccessibleDescription('Use digits, spaces, brackets, dashes and a leading +'),
    );
    await user.type(guardian(1).getByLabelText('Email'), 'elena@');
    await user.tab();
    await waitFor(() =>
      expect(guardian(1).getByLabelText('Email')).toHaveAccessibleDescription(
        'Enter an email address like name@example.com',
      ),
    );
    await fill(user, field('First name'), 'x'.repeat(81));
    await user.tab();
    await waitFor(() => expect(field('First name')).toHaveAccessibleDescription('At most 80 characters'));
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(rc.callsTo('patients:create')).toHaveLength(0);
  });

  it('creates a child with a middle name and two guardians, the second made main; main stores it', async () => {
    const rc = await startRealCore();
    const { user } = await renderRealApp(rc, '#/children/new');
    await screen.findByRole('heading', { name: 'New child' });
    await fillValidChild(user);
    await fill(user, field('Middle name (patronymic)'), ' Sergeevna ');
    // The live age under the date, and how the phone reads in the clinic's country.
    expect(dateGroup('Date of birth')).toHaveAccessibleDescription('Age today: 4 years 2 months');
    expect(guardian(1).getByLabelText('Phone')).toHaveAccessibleDescription('Reads as +7 912 345 67 89');
    expect(screen.queryByRole('button', { name: /Remove guardian/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add another guardian' }));
    expect(guardianGroups()).toHaveLength(2);
    await waitFor(() => expect(guardian(2).getByLabelText('Name')).toHaveFocus());
    await fill(user, guardian(2).getByLabelText('Name'), 'Galina Petrova');
    await chooseRelationship(user, 2, 'Grandparent');
    await fill(user, guardian(2).getByLabelText('Email'), 'galina@example.com');
    // The new guardian reads what the main contact reads; Russian for grandma.
    expect(guardian(2).getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(guardian(2).getByRole('button', { name: 'Русский' }));

    for (let n = 3; n <= 5; n++) await user.click(screen.getByRole('button', { name: 'Add another guardian' }));
    expect(screen.getByRole('button', { name: 'Add another guardian' })).toBeDisabled();
    expect(screen.getByText('A child can have up to 5 guardians.')).toBeInTheDocument();
    for (const n of [5, 4, 3]) await user.click(screen.getByRole('button', { name: `Remove guardian ${n}` }));
    expect(guardianGroups()).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Make guardian 2 the main contact' }));
    expect(guardian(1).getByLabelText('Name')).toHaveValue('Galina Petrova');
    expect(guardian(2).getByLabelText('Name')).toHaveValue('Elena Petrova  ');
    await waitFor(() => expect(guardian(1).getByLabelText('Name')).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { name: 'Anna Sergeevna Petrova' })).toBeInTheDocument();
    const [anna, ...others] = await stored(rc);
    expect(others).toEqual([]);
    expect(window.location.hash).toBe(`#/children/${anna!.id}`);
    expect(anna).toMatchObject({
      firstName: 'Anna',
      middleName: 'Sergeevna',
      lastName: 'Petrova',
      dateOfBirth: born,
      sex: 'female',
      guardians: [
        { name: 'Galina Petrova', relationship: 'grandparent', phone: '', email: 'galina@example.com' },
        { name: 'Elena Petrova', relationship: 'mother', phone: '+7 912 345-67-89', phoneE164: '+79123456789' },
      ],
    });
    expect(anna!.guardians[0]!.preferredLanguage).toBe('ru');
    expect(screen.getByRole('alert')).toHaveTextContent('Saved');
  });

  it('saves with Ctrl+Enter', async () => {
    const rc = await startRealCore();
    const { user } = await renderRealApp(rc, '#/children/new');
    await screen.findByRole('heading', { name: 'New child' });
    await fillValidChild(user);
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByRole('heading', { name: 'Anna Petrova' })).toBeInTheDocument();
    expect((await stored(rc)).map((c) => c.firstName)).toEqual(['Anna']);
  });

  it('puts main’s refusal under the field it names and keeps what was typed', async () => {
    const rc = await startRealCore(); // a British clinic: "12345" is no phone number there
    const { user } = await renderRealApp(rc, '#/children/new');
    await screen.findByRole('heading', { name: 'New child' });
    await fillValidChild(user);
    const phone = guardian(1).getByLabelText('Phone');
    await user.clear(phone);
    await fill(user, phone, '12345');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const refusal = /does not fit the clinic’s country/;
    await waitFor(() => expect(phone).toHaveAccessibleDescription(refusal));
    expect(phone).toHaveFocus();
    expect(screen.getByText(/Some fields need attention/)).toBeInTheDocument();
    expect(field('First name')).toHaveValue('  Anna ');
    expect(await stored(rc)).toEqual([]);
    // Editing the field clears main's complaint; a number with its country code saves.
    await user.type(phone, '6');
    await waitFor(() => expect(phone).not.toHaveAccessibleDescription(refusal));
    await user.clear(phone);
    await fill(user, phone, '+44 7700 900123');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { name: 'Anna Petrova' })).toBeInTheDocument();
    expect((await stored(rc))[0]!.guardians[0]).toMatchObject({ phone: '+44 7700 900123', phoneE164: '+447700900123' });
  });

  it('warns about a child who looks the same, and creates only when asked to', async () => {
    const rc = await startRealCore();
    const twin = await seedFullChild(rc, { firstName: 'Anna', lastName: 'Petrova', dateOfBirth: born });
    const brother = await seedFullChild(rc, {
      firstName: 'Boris',
      lastName: 'Petrov',
      dateOfBirth: bornAgo(8),
      sex: 'male',
      guardians: [guardianInput({ phone: '+7 912 345 67 89' })],
    });
    const { user } = await renderRealApp(rc, '#/children/new');
    await screen.findByRole('heading', { name: 'New child' });
    await fillValidChild(user);
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const dialog = await screen.findByRole('dialog', { name: 'This child may already be in Valgo' });
    const matches = within(within(dialog).getByRole('list', { name: 'Children who look the same' })).getAllByRole(
      'listitem',
    );
    expect(matches.map((m) => m.textContent)).toEqual([
      expect.stringMatching(/Anna Petrova.*Same name and date of birth/),
      expect.stringMatching(/Boris Petrov.*Same guardian phone number/),
    ]);
    expect(within(matches[1]!).getByRole('link', { name: 'Open Boris Petrov' })).toHaveAttribute(
      'href',
      `#/children/${brother.id}`,
    );

    // Go back: the form is as it was, nothing saved.
    await user.click(within(dialog).getByRole('button', { name: 'Go back' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(field('First name')).toHaveValue('  Anna ');
    expect(await stored(rc)).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Save' }));
    const again = await screen.findByRole('dialog', { name: 'This child may already be in Valgo' });
    await user.click(within(again).getByRole('button', { name: 'Create anyway' }));
    expect(await screen.findByRole('heading', { name: 'Anna Petrova' })).toBeInTheDocument();
    const ids = (await stored(rc)).map((c) => c.id);
    expect(ids).toHaveLength(3);
    expect(window.location.hash).not.toBe(`#/children/${twin.id}`);
  });

  it('asks before leaving with unsaved changes; Cancel goes straight back when there are none', async () => {
    const rc = await startRealCore();
    await seedFullChild(rc, { firstName: 'Ivan', lastName: 'Petrov', dateOfBirth: bornAgo(7) });
    const { user } = await renderRealApp(rc, '#/children');
    await user.click(await screen.findByRole('button', { name: 'New child' }));
    await user.type(await screen.findByLabelText('First name'), 'Ann');
    // Esc inside a text field belongs to the field; Cancel asks.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    const dialog = await screen.findByRole('dialog', { name: 'Discard unsaved changes?' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(field('First name')).toHaveValue('Ann');

    await user.click(screen.getByRole('link', { name: 'Children' }));
    await user.click(await screen.findByRole('button', { name: 'Discard changes' }));
    expect(await screen.findByRole('heading', { name: 'Children' })).toBeInTheDocument();
    expect((await stored(rc)).map((c) => c.firstName)).toEqual(['Ivan']);

    await user.click(screen.getByRole('button', { name: 'New child' }));
    await screen.findByRole('heading', { name: 'New child' });
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('heading', { name: 'Children' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('edits a child: the stored details load, the update is stored, the visits stay', async () => {
    const rc = await startRealCore();
    const ivan = await seedFullChild(rc, {
      firstName: 'Ivan',
      lastName: 'Petrov',
      dateOfBirth: '2019-11-02',
      sex: 'male',
      notes: 'Twin of Maria',
      guardians: [
        guardianInput({ name: 'Sergei Petrov', relationship: 'father', preferredLanguage: 'ru' }),
        guardianInput({ name: 'Olga Petrova', phone: '', email: 'olga@example.com', contactConsent: false }),
      ],
    });
    const clinician = await seedClinician(rc);
    await seedVisit(rc, { patientId: ivan.id, clinicianId: clinician.id }, '2025-02-01');
    const { user } = await renderRealApp(rc, `#/children/${ivan.id}`);
    await user.click(await screen.findByRole('link', { name: 'Edit' }));
    // The record the child screen read fills the form at once: no spinner in between.
    expect(screen.getByRole('heading', { name: 'Edit Ivan Petrov' })).toBeInTheDocument();
    expect(dateGroup('Date of birth')).toHaveTextContent('02/11/2019');
    expect(field('Notes')).toHaveValue('Twin of Maria');
    expect(screen.getByRole('button', { name: 'Boy' })).toHaveAttribute('aria-pressed', 'true');
    expect(guardian(1).getByRole('combobox', { name: /Relationship/ })).toHaveTextContent('Father');
    expect(guardian(1).getByRole('button', { name: 'Русский' })).toHaveAttribute('aria-pressed', 'true');
    expect(guardian(2).getByLabelText('Email')).toHaveValue('olga@example.com');

    // Sergei leaves the record; Olga remains as the main contact, now with a phone and a middle name for Ivan.
    await user.click(screen.getByRole('button', { name: 'Remove guardian 1' }));
    expect(guardianGroups()).toHaveLength(1);
    await fill(user, guardian(1).getByLabelText('Phone'), '+7 912 444-55-66');
    await fill(user, field('Middle name (patronymic)'), 'Sergeevich');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { name: 'Ivan Sergeevich Petrov' })).toBeInTheDocument();
    expect(window.location.hash).toBe(`#/children/${ivan.id}`);
    expect(screen.getByText('Olga Petrova')).toBeInTheDocument();
    expect(screen.queryByText('Sergei Petrov')).not.toBeInTheDocument();
    const after = await rc.call('patients:record', { id: ivan.id });
    expect(after.patient).toMatchObject({
      middleName: 'Sergeevich',
      notes: 'Twin of Maria',
      guardians: [{ name: 'Olga Petrova', phone: '+7 912 444-55-66', email: 'olga@example.com' }],
    });
    expect(after.assessments.map((a) => a.assessedOn)).toEqual(['2025-02-01']);
    expect(screen.getByRole('region', { name: 'Latest assessment' })).toBeInTheDocument();
    // No duplicate check when editing.
    expect(rc.callsTo('patients:duplicates')).toHaveLength(0);
  });
});
