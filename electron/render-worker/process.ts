import { fork } from 'node:child_process';
import type { FromWorker, ToWorker } from './protocol';

/*
 * How the pool starts a render process and talks to it. Under Node (browser mode, tests, the
 * benches) that is child_process.fork with the structured-clone channel. The desktop app cannot
 * fork (the runAsNode fuse is off, see electron-builder.yml), so electron/main.ts hands the pool
 * Electron's utilityProcess instead (electron/shell/render-process.ts); the entry (worker.ts)
 * speaks to either parent.
 */

export interface RenderProcessSpec {
  /** The entry file (built render-worker.js, or worker.ts run through tsx). */
  script: string;
  execArgv: string[];
  env: NodeJS.ProcessEnv;
}

export interface RenderProcess {
  readonly pid: number | undefined;
  send(message: ToWorker): void;
  onMessage(listener: (message: FromWorker) => void): void;
  /** Called once when the process ends, for whatever reason, with what ended it. */
  onExit(listener: (reason: string) => void): void;
  /** Whether the process keeps main's event loop alive (only while it has a task). */
  hold(busy: boolean): void;
  /** Ends the process and waits until it has gone. */
  stop(): Promise<void>;
}

export type SpawnRenderProcess = (spec: RenderProcessSpec) => RenderProcess;

export const forkRenderProcess: SpawnRenderProcess = ({ script, execArgv, env }) => {
  const child = fork(script, [], {
    execArgv,
    env,
    // The structured clone: the PDF bytes travel as bytes, not JSON.
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  return {
    get pid() {
      return child.pid;
    },
    send: (message) => {
      child.send(message);
    },
    onMessage: (listener) => {
      child.on('message', (message) => listener(message as FromWorker));
    },
    onExit: (listener) => {
      let told = false;
      const tell = (reason: string) => {
        if (told) return;
        told = true;
        listener(reason);
      };
      child.on('error', (error) => tell(error.message));
      child.on('exit', (code, signal) => tell(signal ? `signal ${signal}` : `exit code ${code}`));
    },
    hold: (busy) => {
      if (busy) {
        child.ref();
        child.channel?.ref();
      } else {
        child.unref();
        child.channel?.unref();
      }
    },
    stop: () =>
      gone()
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            child.once('exit', () => resolve());
            child.kill();
          }),
  };
};
