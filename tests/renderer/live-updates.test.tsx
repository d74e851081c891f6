import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/calendar';
import type { Envelope } from '../../shared/contract';
import { localToday } from '../../shared/contract';
import { App } from '../../renderer/App';
import { createApi } from '../../renderer/api';
import { bornAgo, renderRealApp } from './render-app';
import {
  issuePlan,
  seedAssessment,
  seedChild,
  seedClinician,
  seedHours,
  startRealCore,
  type RealCore,
} from './real-core';
import { book, diaryClinic } from './seed-diary';

/*
 * Live updates across desks against the real core: "another desk" writes straight through the
 * core's dispatch (not through this window's api), and the open screen shows it without a reload.
 * The reconnecting banner: the window's transport drops every call (as a stopped main or a dead
 * network does), then comes back.
 */

const today = localToday();

/** The window's api over the real core, with a switch that drops calls (pending ones too). */
function droppable(real: RealCore) {
  let down = false;
  let cut: Array<() => void> = [];
  const channels: string[] = [];
  const dropped: Envelope<unknown> = {
    ok: false,
    error: { code: 'INTERNAL', message: 'Valgo is not running. Start it again and reload.' },
  };
  const api = createApi(
    (channel, input) =>
      new Promise<Envelope<unknown>>((resolve) => {
        channels.push(channel);
        if (down) return resolve(dropped);
        cut.push(() => resolve(dropped));
        void real.core.dispatch(channel, JSON.parse(JSON.stringify(input ?? {}))).then(resolve);
      }),
  );
  return {
    api,
    /** How many calls this window made to `channel`. */
    count: (channel: string) => channels.filter((c) => c === channel).length,
    drop() {
      down = true;
      for (const c of cut.splice(0)) c();
    },
    restore() {
      down = false;
      cut = [];
    },
  };
}

describe('live updates', { timeout: 60_000 }, () => {
  it('shows a visit another desk books on the open diary, without a reload', async () => {
    const { real, irina } = await diaryClinic();
    await renderRealApp(real, '#/diary');
    const column = await screen.findByRole('group', { name: /^Dr Irina Volkova/ });
    expect(await within(column).findByRole('button', { name: /Sokolova, Mia/ })).toBeInTheDocument();
    const leo = await seedChild(real, { firstName: 'Leo', lastName: 'Horvat', dateOfBirth: bornAgo(5) });
    const rangeReads = real.callsTo('appointments:range').length;

    const booked = Date.now();
    await book(real, { patientId: leo.id, clinicianId: irina.id, date: today, time: '11:00' });
    expect(await within(column).findByRole('button', { name: /Horvat, Leo/ }, { timeout: 3000 })).toBeInTheDocument();
    const shownAfter = Date.now() - booked;
    expect(shownAfter).toBeLessThan(1500);
    expect(real.callsTo('appointments:range').length).toBeGreaterThan(rangeReads);
    expect(screen.queryByRole('status', { name: /Reconnecting/ })).not.toBeInTheDocument();
    expect(screen.queryByText('Reconnecting…')).not.toBeInTheDocument();
  });

  it('takes a family off the open recall list when another desk books their check-up', async () => {
    const real = await startRealCore();
    const irina = await seedClinician(real, 'Dr Irina Volkova');
    await seedHours(real, irina);
    const mia = await seedChild(real, { firstName: 'Mia', lastName: 'Sokolova', dateOfBirth: bornAgo(4, 2) });
    await seedAssessment(real, mia, irina);
    await issuePlan(real, mia, { startDate: addDays(today, -14), courseDays: 14 });
    await renderRealApp(real, '#/recall');
    expect(await screen.findByRole('row', { name: 'Mia Sokolova' })).toBeInTheDocument();

    await book(real, { patientId: mia.id, clinicianId: irina.id, date: addDays(today, 1), time: '10:00' });
    await waitFor(() => expect(screen.queryByRole('row', { name: 'Mia Sokolova' })).not.toBeInTheDocument(), {
      timeout: 3000,
    });
  });

  it('says "Reconnecting…" while main cannot be reached, keeps what is typed, and catches up once back', async () => {
    const real = await startRealCore();
    const leo = await seedChild(real, { firstName: 'Leo', lastName: 'Horvat', dateOfBirth: bornAgo(5) });
    const line = droppable(real);
    window.history.replaceState(null, '', `#/children/${leo.id}/edit`);
    const user = userEvent.setup({ delay: null });
    render(<App api={line.api} />);
    const first = await screen.findByLabelText('First name');
    expect(first).toHaveValue('Leo');
    await user.clear(first);
    await user.type(first, 'Leonid');

    line.drop();
    const banner = await screen.findByText('Reconnecting…');
    expect(banner.closest('[role="status"]')).not.toBeNull();
    // Not a dialog: the form stays usable, with what was typed.
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Last name'), '-Novak');
    expect(screen.getByLabelText('First name')).toHaveValue('Leonid');

    // Meanwhile another desk changes the child: once back, this window reads again, the form keeps its text.
    const stored = await real.call('patients:get', { id: leo.id });
    await real.call('patients:update', {
      id: leo.id,
      version: stored.version,
      patient: {
        firstName: 'Leo',
        lastName: 'Horvat',
        dateOfBirth: stored.dateOfBirth,
        sex: stored.sex,
        notes: 'Seen at the front desk',
        guardians: stored.guardians,
      },
    });
    const reads = line.count('patients:record');
    line.restore();
    await waitFor(() => expect(screen.queryByText('Reconnecting…')).not.toBeInTheDocument(), { timeout: 5000 });
    expect(screen.getByLabelText('First name')).toHaveValue('Leonid');
    expect(screen.getByLabelText('Last name')).toHaveValue('Horvat-Novak');
    // Back: everything on screen was read again (the child's record included).
    expect(line.count('patients:record')).toBeGreaterThan(reads);
  });
});
