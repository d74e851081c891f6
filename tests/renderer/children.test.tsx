import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeValgo } from './fake-api';
import { bornAgo, renderApp } from './render-app';

const family = [
  {
    firstName: 'Anna',
    lastName: 'Petrova',
    dateOfBirth: bornAgo(4, 2),
    guardianName: 'Elena Petrova',
    guardianPhone: '+7 912 345-67-89',
  },
  {
    firstName: 'Ivan',
    lastName: 'Petrov',
    dateOfBirth: bornAgo(7),
    guardianName: 'Sergei Petrov',
    guardianPhone: '+7 912 111-22-33',
  },
  {
    firstName: 'Oliver',
    lastName: 'Brown',
    dateOfBirth: bornAgo(1, 1),
    guardianName: 'Emma Brown',
    guardianPhone: '020 7946 0958',
  },
];

const searchBox = () => screen.getByRole('combobox', { name: 'Find a child' });
const options = () => within(screen.getByRole('listbox', { name: 'Children' })).getAllByRole('option');

// Whole-app renders in jsdom are slow on a busy machine; the waits inside stay short.
describe('children list and search', { timeout: 20_000 }, () => {
  it('lists every child with age, guardian and phone, the first one highlighted', async () => {
    await renderApp('#/children', { children: family });
    await waitFor(() => expect(options()).toHaveLength(3));
    const [brown, petrov, petrova] = options();
    expect(brown).toHaveTextContent('Brown, Oliver');
    expect(brown).toHaveTextContent('1 year 1 month');
    expect(petrova).toHaveTextContent('4 years 2 months');
    expect(petrova).toHaveTextContent('Elena Petrova');
    expect(petrova).toHaveTextContent('+7 912 345-67-89');
    expect(petrov).toHaveTextContent('7 years');
    expect(brown).toHaveAttribute('aria-selected', 'true');
    expect(searchBox()).toHaveAttribute('aria-activedescendant', brown!.id);
  });

  it('searches as you type and shows only the matching children', async () => {
    const { user, fake } = await renderApp('#/children', { children: family });
    await waitFor(() => expect(options()).toHaveLength(3));
    await user.type(searchBox(), 'petr');
    await waitFor(() => expect(options()).toHaveLength(2));
    expect(options().map((o) => o.textContent)).toEqual([
      expect.stringContaining('Petrov, Ivan'),
      expect.stringContaining('Petrova, Anna'),
    ]);
    // Debounced: typing four letters quickly does not send four searches.
    const queries = fake.callsTo('patients:search').map((c) => c.query);
    expect(queries.at(-1)).toBe('petr');
    expect(queries.filter((q) => q !== '').length).toBeLessThan(4);
  });

  it('opens the child picked with ArrowDown and Enter', async () => {
    const { user } = await renderApp('#/children', { children: family });
    await user.type(searchBox(), 'petr');
    await waitFor(() => expect(options()).toHaveLength(2));
    await user.keyboard('{ArrowDown}');
    expect(options()[1]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'Anna Petrova' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/children/1');
  });

  it('keeps the newest answer when an older search answers late', async () => {
    const fake = new FakeValgo({ children: family });
    let release!: () => void;
    const late = new Promise<void>((resolve) => (release = resolve));
    const searchedFor = (query: string) => (call: { channel: string; input: unknown }) =>
      call.channel === 'patients:search' && (call.input as { query: string }).query === query;
    // The search for "p" is held back until "petrova" has been answered and shown.
    fake.hold = (channel, input) => (searchedFor('p')({ channel, input }) ? late : null);
    const { user } = await renderApp('#/children', fake);
    await waitFor(() => expect(options()).toHaveLength(3));
    await user.type(searchBox(), 'p');
    await waitFor(() => expect(fake.calls.some(searchedFor('p'))).toBe(true));
    await user.type(searchBox(), 'etrova');
    await waitFor(() => expect(options()).toHaveLength(1));
    release();
    await waitFor(() => expect(fake.answered.some(searchedFor('p'))).toBe(true));
    await act(async () => {}); // let React apply whatever the late answer would cause
    expect(options()).toHaveLength(1);
    expect(options()[0]).toHaveTextContent('Petrova, Anna');
  });

  it('says when more children match than are shown', async () => {
    const many = Array.from({ length: 51 }, (_, i) => ({
      firstName: `Child${i}`,
      lastName: 'Smith',
      dateOfBirth: bornAgo(3),
    }));
    const { user } = await renderApp('#/children', { children: many });
    await waitFor(() => expect(options()).toHaveLength(50));
    expect(screen.getByText(/Only the first part of the list is shown/)).toBeInTheDocument();
    await user.type(searchBox(), 'smith');
    expect(await screen.findByText(/More children match\. Type more/)).toBeInTheDocument();
  });

  it('invites to add the first child when there are none', async () => {
    const { user } = await renderApp('#/children');
    expect(await screen.findByText('No children yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add the first child' }));
    expect(await screen.findByRole('heading', { name: 'New child' })).toBeInTheDocument();
  });

  it('offers a new child with the searched name when nothing matches', async () => {
    const { user } = await renderApp('#/children', { children: family });
    await user.type(searchBox(), 'alina zubkova');
    expect(await screen.findByText('No child matches “alina zubkova”')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New child “alina zubkova”' }));
    expect(await screen.findByRole('heading', { name: 'New child' })).toBeInTheDocument();
    expect(screen.getByLabelText('First name')).toHaveValue('Alina');
    expect(screen.getByLabelText('Last name')).toHaveValue('Zubkova');
    // Nothing typed yet beyond the prefill, so the date has the focus.
    expect(screen.getByLabelText('Date of birth')).toHaveFocus();
  });

  it('puts a searched phone number into the guardian’s phone', async () => {
    const { user } = await renderApp('#/children', { children: family });
    await user.type(searchBox(), '+7 999 12');
    await user.click(await screen.findByRole('button', { name: 'New child “+7 999 12”' }));
    const main = await screen.findByRole('group', { name: 'Guardian 1 (Main contact)' });
    expect(within(main).getByLabelText('Phone')).toHaveValue('+7 999 12');
    expect(screen.getByLabelText('First name')).toHaveValue('');
  });

  it('focuses the search with Ctrl+K and with /, from any screen', async () => {
    const { user } = await renderApp('#/settings', { children: family });
    await screen.findByRole('heading', { name: 'Settings' });
    searchBox().blur();
    await user.keyboard('{Control>}k{/Control}');
    expect(searchBox()).toHaveFocus();
    searchBox().blur();
    await user.keyboard('/');
    expect(searchBox()).toHaveFocus();
    await user.type(searchBox(), 'oliver');
    // Typing from another screen brings up the list.
    await waitFor(() => expect(options()).toHaveLength(1));
    expect(window.location.hash).toBe('#/children');
  });

  it('opens the new child form with Ctrl+N', async () => {
    const { user } = await renderApp('#/children', { children: family });
    await user.keyboard('{Control>}n{/Control}');
    expect(await screen.findByRole('heading', { name: 'New child' })).toBeInTheDocument();
  });

  it('shows a failed search with what to do and a retry', async () => {
    const fake = new FakeValgo({ children: family });
    fake.failNext('patients:search', { code: 'INTERNAL', message: 'boom' });
    const { user } = await renderApp('#/children', fake);
    expect(await screen.findByText(/Something went wrong and nothing was saved/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(options()).toHaveLength(3));
  });
});
