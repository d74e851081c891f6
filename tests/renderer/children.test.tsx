import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { startRealCore } from './real-core';
import { bornAgo, renderRealApp } from './render-app';
import { guardian, seedFullChild } from './seed-patients';

/* The children list and the header search over the real core (search index, list, record). */

/** Anna and Ivan Petrov(a) with Russian mobiles, Oliver Brown with a London number as it was typed. */
async function family() {
  const rc = await startRealCore();
  const anna = await seedFullChild(rc, {
    firstName: 'Anna',
    middleName: 'Sergeevna',
    lastName: 'Petrova',
    dateOfBirth: bornAgo(4, 2),
    guardians: [guardian({ name: 'Elena Petrova', phone: '+7 912 345-67-89' })],
  });
  const ivan = await seedFullChild(rc, {
    firstName: 'Ivan',
    lastName: 'Petrov',
    dateOfBirth: bornAgo(7),
    sex: 'male',
    guardians: [guardian({ name: 'Sergei Petrov', relationship: 'father', phone: '+7 912 111-22-33' })],
  });
  const oliver = await seedFullChild(rc, {
    firstName: 'Oliver',
    lastName: 'Brown',
    dateOfBirth: bornAgo(1, 1),
    sex: 'male',
    guardians: [guardian({ name: 'Emma Brown', phone: '020 7946 0958' })],
  });
  return { rc, anna, ivan, oliver };
}

const searchBox = () => screen.getByRole('combobox', { name: 'Find a child' });
const options = () => within(screen.getByRole('listbox', { name: 'Children' })).getAllByRole('option');

// Whole-app renders in jsdom are slow on a busy machine; the waits inside stay short.
describe('children list and search', { timeout: 60_000 }, () => {
  it('lists every child with age, guardian and phone, the first one highlighted', async () => {
    const { rc } = await family();
    await renderRealApp(rc, '#/children');
    await waitFor(() => expect(options()).toHaveLength(3));
    const [brown, petrov, petrova] = options();
    expect(brown).toHaveTextContent('Brown, Oliver');
    expect(brown).toHaveTextContent('1 year 1 month');
    expect(petrova).toHaveTextContent('4 years 2 months');
    expect(petrova).toHaveTextContent('Petrova, Anna Sergeevna');
    expect(petrova).toHaveTextContent('Elena Petrova');
    expect(petrova).toHaveTextContent('+7 912 345-67-89');
    expect(petrov).toHaveTextContent('7 years');
    expect(brown).toHaveAttribute('aria-selected', 'true');
    expect(searchBox()).toHaveAttribute('aria-activedescendant', brown!.id);
  });

  it('searches as you type and shows only the matching children', async () => {
    const { rc } = await family();
    const { user } = await renderRealApp(rc, '#/children');
    await waitFor(() => expect(options()).toHaveLength(3));
    await user.type(searchBox(), 'petr');
    await waitFor(() => expect(options()).toHaveLength(2));
    expect(options().map((o) => o.textContent)).toEqual([
      expect.stringContaining('Petrov, Ivan'),
      expect.stringContaining('Petrova, Anna Sergeevna'),
    ]);
    // Debounced: typing four letters quickly does not send four searches.
    const queries = rc.callsTo('patients:search').map((c) => (c as { query: string }).query);
    expect(queries.at(-1)).toBe('petr');
    expect(queries.filter((q) => q !== '').length).toBeLessThan(4);
  });

  it('opens the child picked with ArrowDown and Enter, and the search starts clean again', async () => {
    const { rc, anna } = await family();
    const { user } = await renderRealApp(rc, '#/children');
    await user.type(searchBox(), 'petr');
    await waitFor(() => expect(options()).toHaveLength(2));
    await user.keyboard('{ArrowDown}');
    expect(options()[1]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'Anna Sergeevna Petrova' })).toBeInTheDocument();
    expect(window.location.hash).toBe(`#/children/${anna.id}`);
    expect(searchBox()).toHaveValue('');
  });

  it('opens a child clicked in the list, emptying the search', async () => {
    const { rc, oliver } = await family();
    const { user } = await renderRealApp(rc, '#/children');
    await user.type(searchBox(), 'oliver');
    await waitFor(() => expect(options()).toHaveLength(1));
    await user.click(options()[0]!);
    expect(await screen.findByRole('heading', { name: 'Oliver Brown' })).toBeInTheDocument();
    expect(window.location.hash).toBe(`#/children/${oliver.id}`);
    expect(searchBox()).toHaveValue('');
  });

  it('finds a child by the guardian’s phone typed another way than it was stored', async () => {
    const { rc } = await family();
    const { user } = await renderRealApp(rc, '#/children');
    await waitFor(() => expect(options()).toHaveLength(3));
    // Stored as "020 7946 0958" (a London number, national form); searched in international form.
    await user.type(searchBox(), '+44 20 7946');
    await waitFor(() => expect(options()).toHaveLength(1));
    expect(options()[0]).toHaveTextContent('Brown, Oliver');
    // The phone shows as it was typed.
    expect(options()[0]).toHaveTextContent('020 7946 0958');
  });

  it('says when more children match than are shown', async () => {
    const rc = await startRealCore();
    for (let i = 0; i < 51; i++)
      await seedFullChild(rc, { firstName: `Child${i}`, lastName: 'Smith', dateOfBirth: bornAgo(3) });
    const { user } = await renderRealApp(rc, '#/children');
    await waitFor(() => expect(options()).toHaveLength(50));
    expect(screen.getByText(/Only the first part of the list is shown/)).toBeInTheDocument();
    await user.type(searchBox(), 'smith');
    expect(await screen.findByText(/More children match\. Type more/)).toBeInTheDocument();
  });

  it('invites to add the first child when there are none', async () => {
    const { user } = await renderRealApp(await startRealCore(), '#/children');
    expect(await screen.findByText('No children yet')).toBeInTheDocument();
    expect(screen.getByText(/the search at the top finds a child by name or by a parent’s phone/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add the first child' }));
    expect(await screen.findByRole('heading', { name: 'New child' })).toBeInTheDocument();
  });

  it('offers a new child with the searched name when nothing matches', async () => {
    const { rc } = await family();
    const { user } = await renderRealApp(rc, '#/children');
    await user.type(searchBox(), 'alina zubkova');
    expect(await screen.findByText('No child matches “alina zubkova”')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New child “alina zubkova”' }));
    expect(await screen.findByRole('heading', { name: 'New child' })).toBeInTheDocument();
    expect(screen.getByLabelText('First name')).toHaveValue('Alina');
    expect(screen.getByLabelText('Last name')).toHaveValue('Zubkova');
    // Nothing typed yet beyond the prefill, so the date has the focus.
    await waitFor(() =>
      expect(
        within(screen.getByRole('group', { name: 'Date of birth' })).getByRole('spinbutton', { name: 'Day' }),
      ).toHaveFocus(),
    );
  });

  it('puts a searched phone number into the guardian’s phone', async () => {
    const { rc } = await family();
    const { user } = await renderRealApp(rc, '#/children');
    await user.type(searchBox(), '+7 999 12');
    await user.click(await screen.findByRole('button', { name: 'New child “+7 999 12”' }));
    const main = await screen.findByRole('group', { name: 'Guardian 1 (Main contact)' });
    expect(within(main).getByLabelText('Phone')).toHaveValue('+7 999 12');
    expect(screen.getByLabelText('First name')).toHaveValue('');
  });

  it('focuses the search with Ctrl+K and with /, from any screen', async () => {
    const { rc } = await family();
    const { user } = await renderRealApp(rc, '#/settings');
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
    const { rc } = await family();
    const { user } = await renderRealApp(rc, '#/children');
    await user.keyboard('{Control>}n{/Control}');
    expect(await screen.findByRole('heading', { name: 'New child' })).toBeInTheDocument();
  });
});
