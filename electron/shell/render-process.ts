import type { utilityProcess } from 'electron';
import type { SpawnRenderProcess } from '../render-worker/process';
import type { FromWorker } from '../render-worker/protocol';

/*
 * The desktop app's render processes are Electron utility processes: the runAsNode fuse is off
 * (electron-builder.yml), so child_process.fork cannot start Electron as Node, while
 * utilityProcess runs a Node entry from the asar with the same structured-clone messages. The
 * entry (electron/render-worker/worker.ts) lowers its own priority and answers on
 * process.parentPort. Electron keeps the app alive while it runs, so `hold` has nothing to do.
 */

export function utilityRenderProcess(utility: Pick<typeof utilityProcess, 'fork'>): SpawnRenderProcess {
  return ({ script, execArgv, env }) => {
    const child = utility.fork(script, [], {
      serviceName: 'Valgo booklet renderer',
      execArgv,
      env,
      stdio: 'inherit',
    });
    let exited = false;
    const ended = new Promise<void>((resolve) =>
      child.once('exit', () => {
        exited = true;
        resolve();
      }),
    );
    return {
      get pid() {
        return child.pid;
      },
      send: (message) => child.postMessage(message),
      onMessage: (listener) => child.on('message', (message: FromWorker) => listener(message)),
      onExit: (listener) => {
        child.once('exit', (code: number) => listener(`exit code ${code}`));
      },
      hold: () => undefined,
      stop: async () => {
        if (!exited) child.kill();
        await ended;
      },
    };
  };
}
