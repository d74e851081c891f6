import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seedChild, startRealCore } from './real-core';
import { bornAgo, renderRealApp } from './render-app';

/* Archiving a child, through the whole app over the real core (search index, list, record). */

const searchBox = () => screen.getByRole('combobox', { name: 'Find a child' });
const options = () => within(screen.getByRole('listbox', { name: 'Children' })).getAllByRole('option');

/** Anna and Ivan Petrov(a), and Old Petrovsky, archived long ago. */
async function family() {
  const rc = await startRealCore();
  const anna = await seedChild(rc, { firstName: 'Anna', lastName: 'Petrova', dateOfBirth: bornAgo(4, 2) });
  await seedChild(rc, { firstName: 'Ivan', lastName: 'Petrov', dateOfBirth: bornAgo(7) });
  const old = await seedChild(rc, { firstName: 'Old', lastName: 'Petrovsky', dateOfBirth: bornAgo(15) });
  await rc.call('patients:archive', { id: old.id, archived: true });
  return { rc, anna };
}

// Whole-app renders in jsdom are slow on a busy machine; the waits inside stay short.
describe('archiving a child', { timeout: 60_000 }, () => {
  it('leaves archived children out of the blank list; a search finds them, marked Archived', async () => {
    const { rc } = await family();
    const { user } = await renderRealApp(rc, '#/children');
    await waitFor(() => expect(options()).toHaveLength(2));
    expect(screen.queryByText(/Petrovsky/)).not.toBeInTheDocument();
    expect(screen.queryByText('Archived')).not.toBeInTheDocument();
    await user.type(searchBox(), 'petr');
    await waitFor(() => expect(options()).toHaveLength(3));
    const archived = options().find((o) => o.textContent?.includes('Petrovsky, Old'))!;
    expect(within(archived).getByText('Archived')).toBeInTheDocument();
    for (const o of options().filter((o) => o !== archived)) expect(within(o).queryByText('Archived')).toBeNull();
  });

  it('archives after asking, shows the mark, and brings the child back', async () => {
    const { rc, anna } = await family();
    const { user } = await renderRealApp(rc, `#/children/${anna.id}`);
    await user.click(await screen.findByRole('button', { name: 'Archive' }));
    const dialog = await screen.findByRole('dialog', { name: 'Archive Anna Petrova?' });
    expect(dialog).toHaveTextContent(/search still finds them/);
    // Cancel changes nothing.
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(rc.callsTo('patients:archive')).toHaveLength(0);
    expect((await rc.call('patients:get', { id: anna.id })).archivedAt).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Archive' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Archive Anna Petrova?' })).getByRole('button', {
        name: 'Archive',
      }),
    );
    expect(await screen.findByText('Anna Petrova archived')).toBeInTheDocument();
    expect(rc.callsTo('patients:archive')).toEqual([{ id: anna.id, archived: true }]);
    expect((await rc.call('patients:get', { id: anna.id })).archivedAt).not.toBeNull();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const header = within(screen.getByRole('region', { name: 'Anna Petrova' }));
    expect(header.getByText('Archived')).toBeInTheDocument();
    expect(screen.getByText(/This child is archived/)).toBeInTheDocument();

    // Gone from the blank list, found by search with the mark.
    await user.click(await screen.findByRole('link', { name: 'All children' }));
    await waitFor(() => expect(options()).toHaveLength(1));
    expect(options()[0]).toHaveTextContent('Petrov, Ivan');
    await user.type(searchBox(), 'anna');
    await waitFor(() => expect(options()[0]).toHaveTextContent('Petrova, Anna'));
    expect(options()).toHaveLength(1);
    expect(within(options()[0]!).getByText('Archived')).toBeInTheDocument();

    // Unarchive from the child screen, after asking; the record shows at once from the cache.
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'Anna Petrova' })).toBeInTheDocument();
    expect(searchBox()).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Unarchive' }));
    const unarchive = await screen.findByRole('dialog', { name: 'Unarchive Anna Petrova?' });
    expect(unarchive).toHaveTextContent(/shows in the children list again/);
    await user.click(within(unarchive).getByRole('button', { name: 'Unarchive' }));
    expect(await screen.findByText('Anna Petrova is back in the children list')).toBeInTheDocument();
    expect(rc.callsTo('patients:archive').at(-1)).toEqual({ id: anna.id, archived: false });
    expect((await rc.call('patients:get', { id: anna.id })).archivedAt).toBeNull();
    await waitFor(() => expect(screen.queryByText(/This child is archived/)).not.toBeInTheDocument());
    // Back in the blank list (the list re-read after the write, no reload asked for).
    await user.click(await screen.findByRole('link', { name: 'All children' }));
    await waitFor(() => expect(options()).toHaveLength(2));
    expect(rc.callsTo('patients:archive')).toHaveLength(2);
  });
});
