import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api-context';
import { STATUS_KEY } from './session-context';

/** The most often the window tells main it is in use. */
export const TOUCH_EVERY_MS = 30_000;
const EVENTS = ['keydown', 'pointerdown', 'wheel', 'input'] as const;

/**
 * Typing and clicking keep the window from idle-locking, even while nothing is saved: at most
 * every 30 s it says so (`staff:touch`). When the idle time may have run out it asks main
 * whether the window is locked now, so the lock overlay appears without waiting for a poll.
 */
export function useActivityReporter(idleLockMinutes: number, enabled: boolean): void {
  const api = useApi();
  const client = useQueryClient();
  useEffect(() => {
    if (!enabled) return;
    let lastSent = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(
        () => void client.invalidateQueries({ queryKey: STATUS_KEY }),
        idleLockMinutes * 60_000 + 1_000,
      );
    };
    const onActivity = () => {
      const now = Date.now();
      if (now - lastSent < TOUCH_EVERY_MS) return;
      lastSent = now;
      schedule();
      api.call('staff:touch', {}).catch(() => {
        // Locked or signed out meanwhile: the status read below shows the overlay.
        void client.invalidateQueries({ queryKey: STATUS_KEY });
      });
    };
    schedule();
    for (const name of EVENTS) window.addEventListener(name, onActivity, { capture: true, passive: true });
    return () => {
      clearTimeout(timer);
      for (const name of EVENTS) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [api, client, idleLockMinutes, enabled]);
}
