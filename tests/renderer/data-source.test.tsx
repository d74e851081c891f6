import path from 'node:path';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/App';
import { startRealCore, type RealCore } from './real-core';
import { freeLoopbackPort } from '../support/ports';

/* Where the data lives (issue 13 §1): the first-run offer and Settings → Data source, over the real core. */

function renderApp(real: RealCore, hash = '#/children') {
  window.history.replaceState(null, '', hash);
  const user = userEvent.setup({ delay: null });
  render(<App api={real.api} />);
  return user;
}

describe('data source', { timeout: 60_000 }, () => {
  it('first run: this computer by default; the practice server form checks, tests and saves for the next start', async () => {
    const real = await startRealCore({ role: null });
    const user = renderApp(real);
    expect(await screen.findByRole('heading', { name: 'Create the administrator' })).toBeInTheDocument();
    expect(await screen.findByText('Data: this computer only.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Use a practice server instead' }));
    expect(await screen.findByRole('heading', { name: 'Practice server' })).toBeInTheDocument();

    const host = screen.getByLabelText(/Server address/);
    await user.type(host, 'db server!');
    await user.tab();
    expect(await screen.findByText('Letters, digits, dots and dashes only.')).toBeInTheDocument();
    await user.clear(host);
    await user.type(host, '127.0.0.1');
    const port = screen.getByLabelText(/Port/);
    await user.clear(port);
    await user.type(port, String(await freeLoopbackPort()));
    await user.type(screen.getByLabelText(/Database/), 'practice');

    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    const report = await screen.findByRole('status');
    expect(report).toHaveTextContent('✗ Server answers');
    expect(report).toHaveTextContent(/Nothing answers at 127\.0\.0\.1:\d+/);
    expect(real.callsTo('data-source:test')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Use this server' }));
    expect(await screen.findByText('Saved. Close Valgo and open it again to switch.')).toBeInTheDocument();
    const state = await real.call('data-source:get', {});
    expect(state).toMatchObject({ chosen: { kind: 'server', host: '127.0.0.1', database: 'practice', caFile: null } });
    expect(state.active).toEqual({ kind: 'local' });
  });

  it('Settings → Data source: the administrator sees what is in use and what the next start uses', async () => {
    const real = await startRealCore();
    const user = renderApp(real, '#/settings/data-source');
    expect(
      await screen.findByText("This computer only (the file in Valgo's data folder)", {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    const section = screen.getByRole('region', { name: 'Data source' });
    expect(section).toHaveTextContent("In use nowThis computer only (the file in Valgo's data folder)");
    expect(screen.getByRole('button', { name: 'Use this computer only' })).toBeDisabled();
    await user.type(screen.getByLabelText(/Server address/), 'db.practice.example');
    await user.type(screen.getByLabelText(/Database/), 'practice');
    await user.type(screen.getByLabelText(/CA certificate/), 'ca.pem');
    await user.click(screen.getByRole('button', { name: 'Use this server' }));
    expect(await screen.findByText('Give the full path of the file.')).toBeInTheDocument();
    await user.clear(screen.getByLabelText(/CA certificate/));
    await user.type(screen.getByLabelText(/CA certificate/), '/etc/valgo/practice-ca.pem');
    await user.click(screen.getByRole('button', { name: 'Use this server' }));
    // Main reads the file: no file there is a field error, and nothing is saved.
    expect(await screen.findByText('There is no file at this path that Valgo can read.')).toBeInTheDocument();
    expect(screen.getByLabelText(/CA certificate/)).toHaveFocus();
    await user.clear(screen.getByLabelText(/CA certificate/));
    await user.type(screen.getByLabelText(/CA certificate/), path.resolve('tests/fixtures/practice-ca.pem'));
    await user.click(screen.getByRole('button', { name: 'Use this server' }));
    expect(await screen.findByText(/Valgo is still using the previous data source/)).toBeInTheDocument();
    expect(section).toHaveTextContent('At the next startPractice server db.practice.example:5432/practice');
  });
});
