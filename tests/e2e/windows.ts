import type { Browser, Page } from '@playwright/test';
import type { PracticeServer } from '../support/practice-server';
import { ValgoServer } from './valgo-server';

/*
 * More than one window, more than one workstation: the e2e specs on live updates, stale saves and
 * the practice server open a second browser window on a browser-mode Valgo (the same one as the
 * test's `server`, or a workstation of a practice server) the same way, here.
 */

export interface WindowOptions {
  viewport?: { width: number; height: number };
  /**
   * Something to wait for that may happen while the window starts (a request it makes): begun on
   * the new page before it loads Valgo, and awaited after it has.
   */
  until?(page: Page): Promise<unknown>;
}

/**
 * Another browser window (a context of its own) on `server`'s address. The address carries the
 * server's token, so on the test's own server the window shares the first window's session
 * (already signed in); on a workstation nobody has signed in to yet, it opens on the sign-in screen.
 */
export async function openWindow(
  browser: Browser,
  server: Pick<ValgoServer, 'url'>,
  options: WindowOptions = {},
): Promise<Page> {
  // A context made by hand, not browser.newPage(): axe (@axe-core/playwright) refuses pages made so.
  const context = await browser.newContext(options.viewport ? { viewport: options.viewport } : {});
  const page = await context.newPage();
  page.once('close', () => void context.close());
  const until = options.until?.(page);
  await page.goto(server.url);
  await until;
  return page;
}

/** Moves the page to another screen of the app (`#/diary?date=…`), keeping the address's token. */
export async function goTo(page: Page, hash: string): Promise<void> {
  await page.goto(page.url().replace(/#.*$/, '') + hash);
}

/**
 * Workstations of a practice server: each a built browser-mode Valgo on a data folder of its own
 * whose data source is that server. stopAll() stops every one started (before the practice server).
 */
export class Workstations {
  private readonly started: ValgoServer[] = [];

  async start(practice: PracticeServer): Promise<ValgoServer> {
    const server = new ValgoServer(practice.deskFolder());
    this.started.push(server);
    await server.start();
    return server;
  }

  async stopAll(): Promise<void> {
    for (const server of this.started.splice(0)) await server.stop();
  }
}

/** A weekday (Monday to Friday) at least `days` days from today, as local YYYY-MM-DD. */
export function weekdayAhead(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  while (d.getDay() === 0 || d.getDay() === 6) d.setDate(d.getDate() + 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
