import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeValgo } from './fake-api';
import { bornAgo, renderApp } from './render-app';

type User = Awaited<ReturnType<typeof renderApp>>['user'];

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

async function fillValidChild(user: User) {
  await fill(user, field('First name'), '  Anna ');
  await fill(user, field('Last name'), ' Petrova');
  // Native date inputs take a whole value; user-event types one character at a time.
  fireEvent.change(field('Date of birth'), { target: { value: bornAgo(4, 2) } });
  await user.click(screen.getByRole('button', { name: 'Girl' }));
  await fill(user, guardian(1).getByLabelText('Name'), 'Elena Petrova  ');
  await chooseRelationship(user, 1, 'Mother');
  await fill(user, guardian(1).getByLabelText('Phone'), ' +7 912 345-67-89');
}

const elena = {
  name: 'Elena Petrova',
  relationship: 'mother',
  phone: '+7 912 345-67-89',
  email: '',
  preferredLanguage: 'en',
  contactConsent: false,
};

// Whole-app renders in jsdom are slow on a busy machine; the waits inside stay short.
describe('child form', { timeout: 30_000 }, () => {
  it('shows a message under each empty field and does not call create', async () => {
    const { user, fake } = await renderApp('#/children/new');
    await user.click(await screen.findByRole('button', { name: 'Save' }));
    for (const label of ['First name', 'Last name', 'Date of birth']) {
      expect(field(label)).toHaveAccessibleDescription('Fill this in');
      expect(field(label)).toHaveAttribute('aria-invalid', 'true');
    }
    expect(guardian(1).getByLabelText('Name')).toHaveAccessibleDescription('Fill this in');
    expect(guardian(1).getByRole('combobox', { name: /Relationship/ })).toHaveAccessibleDescription('Choose one');
    expect(guardian(1).getByLabelText('Phone')).toHaveAccessibleDescription(
      'Give a phone number or an email for at least one guardian',
    );
    expect(screen.getByRole('group', { name: 'Sex' })).toHaveAccessibleDescription('Choose one');
    expect(field('First name')).toHaveFocus();
    expect(fake.callsTo('patients:create')).toHaveLength(0);
    expect(fake.callsTo('patients:duplicates')).toHaveLength(0);
  });

  it('checks a field when it loses focus, with the shared schema’s rules', async () => {
    const { user, fake } = await renderApp('#/children/new');
    await screen.findByRole('group', { name: /^Guardian 1/ });
    const phone = guardian(1).getByLabelText('Phone');
    await user.type(phone, '12ab');
    expect(phone).not.toHaveAccessibleDescription(/./); // not while typing
    await user.tab();
    expect(phone).toHaveAccessibleDescription('Use digits, spaces, brackets, dashes and a leading +');
    await user.type(guardian(1).getByLabelText('Email'), 'elena@');
    await user.tab();
    expect(guardian(1).getByLabelText('Email')).toHaveAccessibleDescription(
      'Enter an email address like name@example.com',
    );
    fireEvent.change(field('Date of birth'), { target: { value: '2999-01-01' } });
    fireEvent.blur(field('Date of birth'));
    expect(field('Date of birth')).toHaveAccessibleDescription('The date of birth cannot be in the future');
    await user.click(field('First name'));
    await user.paste('x'.repeat(81));
    await user.tab();
    expect(field('First name')).toHaveAccessibleDescription('At most 80 characters');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(fake.callsTo('patients:create')).toHaveLength(0);
  });

  it('asks for a phone or an email for at least one guardian, and an email alone is enough', async () => {
    const { user, fake } = await renderApp('#/children/new');
    await screen.findByRole('heading', { name: 'New child' });
    await fillValidChild(user);
    await user.clear(guardian(1).getByLabelText('Phone'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const message = 'Give a phone number or an email for at least one guardian';
    expect(guardian(1).getByLabelText('Phone')).toHaveAccessibleDescription(message);
    expect(guardian(1).getByLabelText('Phone')).toHaveFocus();
    expect(fake.callsTo('patients:create')).toHaveLength(0);

    // A second guardian's email counts too.
    await user.click(screen.getByRole('button', { name: 'Add another guardian' }));
    await fill(user, guardian(2).getByLabelText('Name'), 'Oleg Petrov');
    await chooseRelationship(user, 2, 'Father');
    await fill(user, guardian(2).getByLabelText('Email'), 'oleg@example.com');
    expect(guardian(1).getByLabelText('Phone')).not.toHaveAccessibleDescription(message);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { name: 'Anna Petrova' })).toBeInTheDocument();
    expect(fake.callsTo('patients:create')[0]!.guardians).toEqual([
      { ...elena, phone: '' },
      { ...elena, name: 'Oleg Petrov', relationship: 'father', email: 'oleg@example.com', phone: '' },
    ]);
  });

  it('adds, reorders and removes guardians, up to five', async () => {
    const { user, fake } = await renderApp('#/children/new');
    await screen.findByRole('heading', { name: 'New child' });
    await fillValidChild(user);
    expect(guardianGroups()).toHaveLength(1);
    // A single guardian cannot be removed.
    expect(screen.queryByRole('button', { name: /Remove guardian/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add another guardian' }));
    expect(guardianGroups()).toHaveLength(2);
    await waitFor(() => expect(guardian(2).getByLabelText('Name')).toHaveFocus());
    await fill(user, guardian(2).getByLabelText('Name'), 'Galina Petrova');
    await chooseRelationship(user, 2, 'Grandparent');
    await fill(user, guardian(2).getByLabelText('Phone'), '+7 912 000-11-22');
    // The new guardian reads what the main contact reads; Russian for grandma.
    expect(guardian(2).getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(guardian(2).getByRole('button', { name: 'Русский' }));
    await user.click(guardian(2).getByRole('checkbox', { name: /Agrees to be contacted/ }));

    for (let n = 3; n <= 5; n++) await user.click(screen.getByRole('button', { name: 'Add another guardian' }));
    expect(guardianGroups()).toHaveLength(5);
    expect(screen.getByRole('button', { name: 'Add another guardian' })).toBeDisabled();
    expect(screen.getByText('A child can have up to 5 guardians.')).toBeInTheDocument();
    for (const n of [5, 4, 3]) await user.click(screen.getByRole('button', { name: `Remove guardian ${n}` }));
    expect(guardianGroups()).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Add another guardian' })).toBeEnabled();

    // Grandma becomes the main contact: she moves first.
    await user.click(screen.getByRole('button', { name: 'Make guardian 2 the main contact' }));
    expect(guardian(1).getByLabelText('Name')).toHaveValue('Galina Petrova');
    expect(guardian(2).getByLabelText('Name')).toHaveValue('Elena Petrova  ');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { name: 'Anna Petrova' })).toBeInTheDocument();
    expect(fake.callsTo('patients:create')[0]!.guardians).toEqual([
      {
        name: 'Galina Petrova',
        relationship: 'grandparent',
        phone: '+7 912 000-11-22',
        email: '',
        preferredLanguage: 'ru',
        contactConsent: true,
      },
      elena,
    ]);
  });

  it('creates the child with trimmed data, says so, and opens the child', async () => {
    const { user, fake } = await renderApp('#/children/new');
    await screen.findByRole('heading', { name: 'New child' });
    await fillValidChild(user);
    await fill(user, field('Notes'), '  Shy with strangers  ');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { name: 'Anna Petrova' })).toBeInTheDocument();
    expect(fake.callsTo('patients:duplicates')).toEqual([
      { firstName: 'Anna', lastName: 'Petrova', dateOfBirth: bornAgo(4, 2), phones: ['+7 912 345-67-89'] },
    ]);
    expect(fake.callsTo('patients:create')).toEqual([
      {
        firstName: 'Anna',
        lastName: 'Petrova',
        dateOfBirth: bornAgo(4, 2),
        sex: 'female',
        notes: 'Shy with strangers',
        guardians: [elena],
      },
    ]);
    expect(screen.getByRole('alert')).toHaveTextContent('Saved');
    expect(window.location.hash).toBe('#/children/1');
  });

  it('saves with Ctrl+Enter', async () => {
    const { user, fake } = await renderApp('#/children/new');
    await screen.findByRole('heading', { name: 'New child' });
    await fillValidChild(user);
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByRole('heading', { name: 'Anna Petrova' })).toBeInTheDocument();
    expect(fake.callsTo('patients:create')).toHaveLength(1);
  });

  it('warns about a child who looks the same, and creates only when asked to', async () => {
    const fake = new FakeValgo({
      children: [
        { firstName: 'Anna', lastName: 'Petrova', dateOfBirth: bornAgo(4, 2), guardianName: 'Elena Petrova' },
        {
          firstName: 'Boris',
          lastName: 'Petrov',
          dateOfBirth: bornAgo(8),
          guardianName: 'Elena Petrova',
          guardianPhone: '+7 912 345 67 89',
        },
      ],
    });
    const { user } = await renderApp('#/children/new', fake);
    await screen.findByRole('heading', { name: 'New child' });
    await fillValidChild(user);
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const dialog = await screen.findByRole('dialog', { name: 'This child may already be in Valgo' });
    const matches = within(within(dialog).getByRole('list', { name: 'Children who look the same' })).getAllByRole(
      'listitem',
    );
    expect(matches).toHaveLength(2);
    expect(matches[0]).toHaveTextContent('Anna Petrova');
    expect(matches[0]).toHaveTextContent('Same name and date of birth');
    expect(matches[1]).toHaveTextContent('Boris Petrov');
    expect(matches[1]).toHaveTextContent('Same guardian phone number');
    expect(within(matches[1]!).getByRole('link', { name: 'Open Boris Petrov' })).toHaveAttribute(
      'href',
      '#/children/2',
    );
    expect(fake.callsTo('patients:create')).toHaveLength(0);

    // Go back: the form is as it was, nothing saved.
    await user.click(within(dialog).getByRole('button', { name: 'Go back' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(field('First name')).toHaveValue('  Anna ');
    expect(fake.callsTo('patients:create')).toHaveLength(0);

    // Save again, then create anyway.
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const again = await screen.findByRole('dialog', { name: 'This child may already be in Valgo' });
    await user.click(within(again).getByRole('button', { name: 'Create anyway' }));
    expect(await screen.findByRole('heading', { name: 'Anna Petrova' })).toBeInTheDocument();
    expect(fake.callsTo('patients:create')).toHaveLength(1);
    expect(window.location.hash).toBe('#/children/3');
  });

  it('opens the existing child from the warning, after asking to discard what was typed', async () => {
    const fake = new FakeValgo({
      children: [{ firstName: 'Anna', lastName: 'Petrova', dateOfBirth: bornAgo(4, 2) }],
    });
    const { user } = await renderApp('#/children/new', fake);
    await screen.findByRole('heading', { name: 'New child' });
    await fillValidChild(user);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('dialog', { name: 'This child may already be in Valgo' });
    await user.click(within(dialog).getByRole('link', { name: 'Open Anna Petrova' }));
    await user.click(await screen.findByRole('button', { name: 'Discard changes' }));
    expect(await screen.findByRole('heading', { name: 'Anna Petrova' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/children/1');
    expect(fake.callsTo('patients:create')).toHaveLength(0);
  });

  it('still saves when the duplicate check itself fails', async () => {
    const fake = new FakeValgo();
    fake.failNext('patients:duplicates', { code: 'INTERNAL', message: 'busy' });
    const { user } = await renderApp('#/children/new', fake);
    await screen.findByRole('heading', { name: 'New child' });
    await fillValidChild(user);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { name: 'Anna Petrova' })).toBeInTheDocument();
    expect(fake.callsTo('patients:create')).toHaveLength(1);
  });

  it('shows the issues main returns under their fields and keeps what was typed', async () => {
    const fake = new FakeValgo();
    fake.failNext('patients:create', {
      code: 'VALIDATION',
      message: 'Some fields need attention.',
      issues: [
        { path: 'guardians.0.phone', message: 'phoneTooShort' },
        { path: 'lastName', message: 'tooLong:80' },
      ],
    });
    const { user } = await renderApp('#/children/new', fake);
    await screen.findByRole('heading', { name: 'New child' });
    await fillValidChild(user);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const phone = guardian(1).getByLabelText('Phone');
    await waitFor(() => expect(phone).toHaveAccessibleDescription('Enter at least 5 digits'));
    expect(field('Last name')).toHaveAccessibleDescription('At most 80 characters');
    expect(screen.getByText(/Some fields need attention/)).toBeInTheDocument();
    expect(field('First name')).toHaveValue('  Anna ');
    expect(screen.getByRole('heading', { name: 'New child' })).toBeInTheDocument();
    // Editing the field clears main's complaint about it.
    await user.type(phone, '0');
    expect(phone).not.toHaveAccessibleDescription('Enter at least 5 digits');
  });

  it('keeps the form and says what to do when saving fails', async () => {
    const fake = new FakeValgo();
    fake.failNext('patients:create', { code: 'INTERNAL', message: 'disk full' });
    const { user } = await renderApp('#/children/new', fake);
    await screen.findByRole('heading', { name: 'New child' });
    await fillValidChild(user);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText(/Not saved\. Your entries are still here\. Something went wrong/),
    ).toBeInTheDocument();
    expect(guardian(1).getByLabelText('Name')).toHaveValue('Elena Petrova  ');
    // A second try goes through.
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { name: 'Anna Petrova' })).toBeInTheDocument();
  });

  it('asks before leaving with unsaved changes, and Esc goes back when there are none', async () => {
    const { user } = await renderApp('#/children', {
      children: [{ firstName: 'Ivan', lastName: 'Petrov', dateOfBirth: bornAgo(7) }],
    });
    await user.click(await screen.findByRole('button', { name: 'New child' }));
    await user.type(await screen.findByLabelText('First name'), 'Ann');
    await user.keyboard('{Escape}');
    const dialog = await screen.findByRole('dialog', { name: 'Discard unsaved changes?' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(field('First name')).toHaveValue('Ann');

    await user.click(screen.getByRole('link', { name: 'Children' }));
    await user.click(await screen.findByRole('button', { name: 'Discard changes' }));
    expect(await screen.findByRole('heading', { name: 'Children' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'New child' }));
    await screen.findByRole('heading', { name: 'New child' });
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('heading', { name: 'Children' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('edits a child: loads the details and guardians, sends the update, returns to the child', async () => {
    const fake = new FakeValgo({
      children: [
        {
          firstName: 'Ivan',
          lastName: 'Petrov',
          dateOfBirth: '2019-11-02',
          sex: 'male',
          notes: 'Twin of Maria',
          guardians: [
            { name: 'Sergei Petrov', relationship: 'father', phone: '+7 912 111-22-33', preferredLanguage: 'ru' },
            { name: 'Olga Petrova', relationship: 'mother', email: 'olga@example.com', contactConsent: false },
          ],
        },
      ],
    });
    const { user } = await renderApp('#/children/1', fake);
    await user.click(await screen.findByRole('link', { name: 'Edit' }));
    expect(await screen.findByRole('heading', { name: 'Edit Ivan Petrov' })).toBeInTheDocument();
    expect(field('Date of birth')).toHaveValue('2019-11-02');
    expect(field('Notes')).toHaveValue('Twin of Maria');
    expect(screen.getByRole('button', { name: 'Boy' })).toHaveAttribute('aria-pressed', 'true');
    expect(guardianGroups()).toHaveLength(2);
    expect(guardian(1).getByRole('combobox', { name: /Relationship/ })).toHaveTextContent('Father');
    expect(guardian(1).getByRole('button', { name: 'Русский' })).toHaveAttribute('aria-pressed', 'true');
    expect(guardian(2).getByLabelText('Email')).toHaveValue('olga@example.com');

    // Sergei leaves the record; Olga remains as the main contact.
    await user.click(screen.getByRole('button', { name: 'Remove guardian 1' }));
    expect(guardianGroups()).toHaveLength(1);
    await user.type(guardian(1).getByLabelText('Phone'), '+7 912 444-55-66');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { name: 'Ivan Petrov' })).toBeInTheDocument();
    expect(screen.getByText('Olga Petrova')).toBeInTheDocument();
    expect(screen.queryByText('Sergei Petrov')).not.toBeInTheDocument();
    expect(fake.callsTo('patients:update')).toEqual([
      {
        id: 1,
        patient: expect.objectContaining({
          notes: 'Twin of Maria',
          guardians: [
            {
              name: 'Olga Petrova',
              relationship: 'mother',
              phone: '+7 912 444-55-66',
              email: 'olga@example.com',
              preferredLanguage: 'en',
              contactConsent: false,
            },
          ],
        }),
      },
    ]);
    // No duplicate check when editing.
    expect(fake.callsTo('patients:duplicates')).toHaveLength(0);
  });
});
