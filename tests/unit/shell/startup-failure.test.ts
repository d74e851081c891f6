import { describe, expect, it, vi } from 'vitest';
import { DatabaseTooNewError } from '../../../electron/db/migrate';
import { reportStartupFailure, startupFailureMessage } from '../../../electron/shell/startup-failure';

describe('startupFailureMessage', () => {
  it('explains a database from a newer Valgo', () => {
    const { title, content } = startupFailureMessage(new DatabaseTooNewError(5, 3), '/data/Valgo');
    expect(title).toBe('Valgo needs updating');
    expect(content).toContain('newer Valgo');
    expect(content).toContain('Data folder: /data/Valgo');
  });

  it('passes on the reason for any other error', () => {
    const { title, content } = startupFailureMessage(new Error('SQLITE_CANTOPEN: unable to open database file'));
    expect(title).toBe('Valgo could not start');
    expect(content).toContain('SQLITE_CANTOPEN');
    expect(content).not.toContain('Data folder');
  });

  it('copes with thrown non-errors', () => {
    expect(startupFailureMessage('disk full').content).toContain('disk full');
  });
});

describe('reportStartupFailure', () => {
  it('shows the error box, then exits with code 1', () => {
    const order: string[] = [];
    const dialog = { showErrorBox: vi.fn(() => order.push('dialog')) };
    const app = { exit: vi.fn(() => order.push('exit')) };
    const log = vi.fn();
    const error = new DatabaseTooNewError(9, 1);
    reportStartupFailure(error, { dialog, app, log }, '/data/Valgo');
    expect(dialog.showErrorBox).toHaveBeenCalledWith('Valgo needs updating', expect.stringContaining('schema 9'));
    expect(app.exit).toHaveBeenCalledWith(1);
    expect(order).toEqual(['dialog', 'exit']);
    expect(log).toHaveBeenCalledWith(error);
  });
});
