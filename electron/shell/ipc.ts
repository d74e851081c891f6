import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { Envelope } from '../../shared/contract';
import type { Dispatch } from '../dispatch';
import { INVOKE_CHANNEL } from './invoke-channel';
import { isTrustedSender } from './trusted-sender';

/*
 * The only ipcMain.handle in Valgo: one channel carrying (contract channel, input). Checking the
 * sender here, once, means no handler can forget to; dispatch then validates the input.
 */

const FORBIDDEN: Envelope<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'This request did not come from the Valgo window.' },
};

const INTERNAL: Envelope<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'Something went wrong; nothing was saved. Please try again.' },
};

/** Answers `valgo:invoke` from our window's app://valgo page only. */
export function registerInvokeHandler(dispatch: Dispatch, getWindow: () => BrowserWindow | null): void {
  ipcMain.handle(
    INVOKE_CHANNEL,
    async (event: IpcMainInvokeEvent, channel: unknown, input: unknown): Promise<Envelope<unknown>> => {
      if (!isTrustedSender(event, getWindow())) return FORBIDDEN;
      if (typeof channel !== 'string') {
        return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'The channel name must be text.' } };
      }
      try {
        // One session per window: each window signs in and locks on its own.
        return await dispatch(channel, input, `window:${event.sender.id}`);
      } catch (error) {
        // dispatch already turns handler errors into envelopes; this keeps the promise from
        // rejecting (the renderer would get Electron's raw error text) if dispatch itself breaks.
        console.error(`[ipc] ${channel}`, error);
        return INTERNAL;
      }
    },
  );
}
