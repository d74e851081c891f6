import type { HandlerDetails, WindowOpenHandlerResponse } from 'electron';
import { isAppUrl } from './app-protocol';
import { externalTarget, isSystemHandoff } from './external-links';

/*
 * Every web page Valgo shows is its own app://valgo page. These guards keep it that way even if
 * a bug (or pasted content) tries to navigate away, open windows or embed other pages: a
 * renderer that never leaves our origin never runs foreign code next to the preload bridge.
 */

/** An event whose default action can be cancelled (Electron's `Event`). */
export interface PreventableEvent {
  preventDefault(): void;
}

/** The part of Electron's `WebContents` the guards use. */
export interface GuardableContents {
  on(
    event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect',
    listener: (event: NavigationEvent) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: Pick<HandlerDetails, 'url'>) => WindowOpenHandlerResponse): void;
}

export interface NavigationEvent extends PreventableEvent {
  url: string;
}

export type OpenExternal = (url: string) => Promise<void>;

/** Applies all guards to one webContents; main calls it for every one created. */
export function guardWebContents(
  contents: GuardableContents,
  openExternal: OpenExternal,
  logError: (error: unknown) => void = (error) => console.error('[shell] could not open link', error),
): void {
  // In-app navigation stays allowed; anything else is cancelled rather than opened, because a
  // navigation can be started by script and the user did not necessarily ask for it. The one
  // exception is a top-level `tel:`/`mailto:` link (the recall list, a guardian's contacts):
  // that is a hand-off to the phone or mail app, checked by externalTarget, never a navigation.
  const stayInApp = (event: NavigationEvent) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => {
    stayInApp(event);
    if (!isSystemHandoff(event.url)) return;
    const target = externalTarget(event.url);
    if (target) openExternal(target).catch(logError);
  });
  contents.on('will-frame-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);

  contents.on('will-attach-webview', (event) => event.preventDefault());

  // No second Electron window ever: links meant to leave (target=_blank) go to the system, and
  // only those externalTarget allows (Valgo's own site, tel:, mailto:); everything else is dropped.
  contents.setWindowOpenHandler(({ url }) => {
    const target = externalTarget(url);
    if (target) openExternal(target).catch(logError);
    return { action: 'deny' };
  });
}
