import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { channelNames, type ValgoBridge } from '../../../shared/contract';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn() },
}));
vi.mock('electron', () => electron);

let bridge: ValgoBridge;

beforeAll(async () => {
  await import('../../../electron/preload');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0]! as [string, ValgoBridge];
  expect(key).toBe('valgo');
  bridge = api;
});

beforeEach(() => {
  electron.ipcRenderer.invoke.mockReset();
  electron.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: 'from main' });
});

describe('preload bridge', () => {
  it('exposes one object with only invoke (no ipcRenderer, no send, no on)', () => {
    expect(Object.keys(bridge)).toEqual(['invoke']);
    expect(bridge.invoke).toBeTypeOf('function');
  });

  it.each(channelNames)('forwards contract channel %s on valgo:invoke', async (channel) => {
    const input = { some: 'input' };
    await expect(bridge.invoke(channel, input)).resolves.toEqual({ ok: true, value: 'from main' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledTimes(1);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('valgo:invoke', channel, input);
  });

  it.each(['patients:drop', 'valgo:invoke', 'app:quit', '__proto__', 'constructor', 'toString', '', 'APP:INFO'])(
    'refuses %j with UNKNOWN_CHANNEL without calling main',
    async (channel) => {
      await expect(bridge.invoke(channel, {})).resolves.toMatchObject({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL' },
      });
      expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
    },
  );

  it('refuses a non-string channel', async () => {
    await expect(bridge.invoke(42 as unknown as string, {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('resolves an INTERNAL envelope when IPC itself fails', async () => {
    electron.ipcRenderer.invoke.mockRejectedValueOnce(new Error('Error invoking remote method'));
    await expect(bridge.invoke('app:info', {})).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
