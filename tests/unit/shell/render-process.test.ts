import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { FromWorker, ToWorker } from '../../../electron/render-worker/protocol';
import { utilityRenderProcess } from '../../../electron/shell/render-process';

/** Electron's UtilityProcess as far as the adapter uses it: messages, exit, kill. */
class FakeUtilityChild extends EventEmitter {
  pid: number | undefined = 4242;
  posted: unknown[] = [];
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  kill = vi.fn(() => {
    setTimeout(() => this.emit('exit', 0), 5);
    return true;
  });
}

function spawn() {
  const child = new FakeUtilityChild();
  const fork = vi.fn(() => child);
  const process = utilityRenderProcess({ fork } as never)({
    script: '/app.asar/out/main/render-worker.js',
    execArgv: [],
    env: { VALGO_FONTS_DIR: '/resources/fonts' },
  });
  return { child, fork, process };
}

describe('render processes in the desktop app (Electron utilityProcess)', () => {
  it('forks the entry as a named utility process with the fonts folder in its environment', () => {
    const { fork, process } = spawn();
    expect(fork).toHaveBeenCalledWith('/app.asar/out/main/render-worker.js', [], {
      serviceName: 'Valgo booklet renderer',
      execArgv: [],
      env: { VALGO_FONTS_DIR: '/resources/fonts' },
      stdio: 'inherit',
    });
    expect(process.pid).toBe(4242);
  });

  it('carries tasks out and answers back, and says when the process ended', () => {
    const { child, process } = spawn();
    const answers: FromWorker[] = [];
    const ends: string[] = [];
    process.onMessage((m) => answers.push(m));
    process.onExit((reason) => ends.push(reason));
    const task: ToWorker = { id: 3, release: true };
    process.send(task);
    expect(child.posted).toEqual([task]);
    child.emit('message', { id: 3, released: true });
    expect(answers).toEqual([{ id: 3, released: true }]);
    child.emit('exit', 9);
    expect(ends).toEqual(['exit code 9']);
  });

  it('stops by killing the process and waiting for its exit, once', async () => {
    const { child, process } = spawn();
    await process.stop();
    expect(child.kill).toHaveBeenCalledTimes(1);
    await process.stop();
    expect(child.kill).toHaveBeenCalledTimes(1);
  });
});
