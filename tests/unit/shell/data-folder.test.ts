import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { applyDataFolderSwitch } from '../../../electron/shell/data-folder';

function fakeApp(switches: Record<string, string>) {
  return { commandLine: { getSwitchValue: (name: string) => switches[name] ?? '' }, setPath: vi.fn() };
}

describe('applyDataFolderSwitch', () => {
  it('moves userData to the --user-data-dir folder, as an absolute path', () => {
    const app = fakeApp({ 'user-data-dir': 'relative/data' });
    applyDataFolderSwitch(app);
    expect(app.setPath).toHaveBeenCalledWith('userData', path.resolve('relative/data'));
  });

  it("leaves Electron's default alone without the switch", () => {
    const app = fakeApp({});
    applyDataFolderSwitch(app);
    expect(app.setPath).not.toHaveBeenCalled();
  });
});
