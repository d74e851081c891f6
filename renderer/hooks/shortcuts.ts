import { useEffect, useRef } from 'react';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** How a Ctrl (⌘ on macOS) shortcut is written in tooltips: "Ctrl+K" or "⌘K". */
export function modKeys(key: string): string {
  return isMac ? `⌘${key}` : `Ctrl+${key}`;
}

/** True for Ctrl (or ⌘) + `key` without Alt or Shift. */
export function isMod(event: KeyboardEvent, key: string): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === key;
}

/** True when the key press was meant for a text field, not for a page shortcut. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** True when a dialog is open: its own keys (Esc) win over the page's. */
export function dialogOpen(): boolean {
  return document.querySelector('[role="dialog"]') !== null;
}

/** A window keydown listener that always sees the latest `handler`. */
export function useKeydown(handler: (event: KeyboardEvent) => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => latest.current(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
