import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeValgo } from './fake-api';
import { bornAgo, renderApp } from './render-app';

const field = (label: string) => screen.getByLabelText(label);

async function fillValidChild(user: Awaited<ReturnType<typeof renderApp>>['user']) {
  await user.type(field('First name'), '  Anna ');
  await user.type(field('Last name'), ' Petrova');
  // Native date inputs take a whole value; user-event types one character at a time.
  fireEvent.change(field('Date of birth'), { target: { value: bornAgo(4, 2) } });
  await user.click(screen.getByRole('button', { name: 'Girl' }));
  await user.type(field('Guardian’s name'), 'Elena Petrova  ');
  await user.type(field('Guardian’s phone'), ' +7 912 345-67-89');
}

// Whole-app renders in jsdom are slow on a busy machine; the waits inside stay short.
describe('child form', { timeout: 20_000 }, () => {
  it('shows a message under each empty field and does not call create', async () => {
    const { user, fake } = await renderApp('#/children/new');
    await user.click(await screen.findByRole('button', { name: 'Save' }));
    for (const label of ['First name', 'Last name', 'Date of birth', 'Guardian’s name', 'Guardian’s phone']) {
      expect(field(label)).toHaveAccessibleDescription('Fill this in');
      expect(field(label)).toHaveAttribute('aria-invalid', 'true');
    }
    expect(screen.getByRole('group', { name: 'Sex' })).toHaveAccessibleDescription('Choose one');
    expect(field('First name')).toHaveFocus();
    expect(fake.callsTo('patients:create')).toHaveLength(0);
  });

  it('checks a field when it loses focus, with the shared schema’s rules', async () => {
    const { user, fake } = await renderApp('#/children/new');
    await user.type(await screen.findByLabelText('Guardian’s phone'), '12ab');
    expect(field('Guardian’s phone')).not.toHaveAccessibleDescription(/./); // not while typing
    await user.tab();
    expect(field('Guardian’s phone')).toHaveAccessibleDescription(
      'Use digits, spaces, brackets, dashes and a leading +',
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

  it('shows the age live under the date of birth', async () => {
    await renderApp('#/children/new');
    fireEvent.change(await screen.findByLabelText('Date of birth'), { target: { value: bornAgo(4, 2) } });
    expect(field('Date of birth')).toHaveAccessibleDescription('Age today: 4 years 2 months');
  });

  it('creates the child with trimmed data, says so, and opens the child', async () => {
    const { user, fake } = await renderApp('#/children/new');
    await screen.findByRole('heading', { name: 'New child' });
    await fillValidChild(user);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { name: 'Anna Petrova' })).toBeInTheDocument();
    expect(fake.callsTo('patients:create')).toEqual([
      {
        firstName: 'Anna',
        lastName: 'Petrova',
        dateOfBirth: bornAgo(4, 2),
        sex: 'female',
        guardian: { name: 'Elena Petrova', phone: '+7 912 345-67-89' },
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

  it('shows the issues main returns under their fields and keeps what was typed', async () => {
    const fake = new FakeValgo();
    fake.failNext('patients:create', {
      code: 'VALIDATION',
      message: 'Some fields need attention.',
      issues: [
        { path: 'guardian.phone', message: 'phoneTooShort' },
        { path: 'lastName', message: 'tooLong:80' },
      ],
    });
    const { user } = await renderApp('#/children/new', fake);
    await screen.findByRole('heading', { name: 'New child' });
    await fillValidChild(user);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(field('Guardian’s phone')).toHaveAccessibleDescription('Enter at least 5 digits'));
    expect(field('Last name')).toHaveAccessibleDescription('At most 80 characters');
    expect(screen.getByText(/Some fields need attention/)).toBeInTheDocument();
    expect(field('First name')).toHaveValue('  Anna ');
    expect(screen.getByRole('heading', { name: 'New child' })).toBeInTheDocument();
    // Editing the field clears main's complaint about it.
    await user.type(field('Guardian’s phone'), '0');
    expect(field('Guardian’s phone')).not.toHaveAccessibleDescription('Enter at least 5 digits');
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
    expect(field('Guardian’s name')).toHaveValue('Elena Petrova  ');
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

  it('edits a child: loads the details, sends the update, returns to the child', async () => {
    const fake = new FakeValgo({
      children: [
        {
          firstName: 'Ivan',
          lastName: 'Petrov',
          dateOfBirth: '2019-11-02',
          sex: 'male',
          guardianName: 'Sergei Petrov',
          guardianPhone: '+7 912 111-22-33',
        },
      ],
    });
    const { user } = await renderApp('#/children/1', fake);
    await user.click(await screen.findByRole('link', { name: 'Edit' }));
    expect(await screen.findByRole('heading', { name: 'Edit Ivan Petrov' })).toBeInTheDocument();
    expect(field('Date of birth')).toHaveValue('2019-11-02');
    expect(screen.getByRole('button', { name: 'Boy' })).toHaveAttribute('aria-pressed', 'true');
    await user.clear(field('Guardian’s name'));
    await user.type(field('Guardian’s name'), 'Olga Petrova');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { name: 'Ivan Petrov' })).toBeInTheDocument();
    expect(screen.getByText('Olga Petrova')).toBeInTheDocument();
    expect(fake.callsTo('patients:update')).toEqual([
      {
        id: 1,
        patient: expect.objectContaining({ guardian: { name: 'Olga Petrova', phone: '+7 912 111-22-33' } }),
      },
    ]);
  });
});
