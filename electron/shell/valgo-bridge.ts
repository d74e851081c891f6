// Plain names and types only: importing the contract's index would bundle zod and every schema
// into the preload (check:structure keeps it that way).
import type { ValgoBridge } from '../../shared/contract/bridge-api';
import { isChannelName } from '../../shared/contract/channel-names';
import type { Envelope } from '../../shared/contract/envelope';

/*
 * Built here rather than in preload.ts so it can be tested without Electron. It runs in the
 * preload (sandboxed, isolated world): the page only ever sees this object, never ipcRenderer.
 */

/** Sends one call to main (preload.ts passes ipcRenderer.invoke on the invoke channel). */
export type InvokeMain = (channel: string, input: unknown) => Promise<unknown>;

/** `window.valgo`: contract channels go to main; any other name is answered here, without IPC. */
export function createValgoBridge(invokeMain: InvokeMain): ValgoBridge {
  return {
    async invoke(channel: string, input: unknown): Promise<Envelope<unknown>> {
      if (!isChannelName(channel)) {
        return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `Unknown channel: ${String(channel)}` } };
      }
      try {
        return (await invokeMain(channel, input)) as Envelope<unknown>;
      } catch {
        // Main never throws across IPC on purpose; this is the channel itself failing.
        return {
          ok: false,
          error: { code: 'INTERNAL', message: 'Valgo could not reach its data. Please try again.' },
        };
      }
    },
  };
}
