import { isAppUrl } from './app-protocol';

/*
 * Main answers only our own page in our own window. Anything else that could reach ipcMain (a
 * frame that navigated elsewhere, a subframe, a window opened by some bug) is refused before any
 * input is looked at.
 */

/** The parts of an `IpcMainInvokeEvent` the check reads. */
export interface IpcSenderEvent {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

/** The parts of our `BrowserWindow` the check reads. */
export interface OwnWindow {
  isDestroyed(): boolean;
  webContents: { id: number };
}

export function isTrustedSender(event: IpcSenderEvent, window: OwnWindow | null): boolean {
  if (!window || window.isDestroyed()) return false;
  if (event.sender.id !== window.webContents.id) return false;
  // senderFrame is null when the frame has gone or navigated since sending: not trusted.
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url);
}
