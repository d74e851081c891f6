import type { Mood, SkipReason } from '../../../shared/contract';

/*
 * The entry screen's one-key shortcuts. They follow the physical key (`event.code`), so they work
 * the same whether the keyboard is set to English or Russian.
 */

/** The Latin letter of the key pressed ("n" for the N key on any layout), else the key's name. */
export function letterOf(event: Pick<KeyboardEvent, 'code' | 'key'>): string {
  const m = /^Key([A-Z])$/.exec(event.code);
  return m ? m[1]!.toLowerCase() : event.key.toLowerCase();
}

/** True when no Ctrl, ⌘ or Alt is held (Shift is allowed). */
export function plain(event: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  return !event.ctrlKey && !event.metaKey && !event.altKey;
}

export const MOOD_KEYS: Record<string, Mood> = { g: 'good', s: 'so_so', h: 'hard' };
export const SKIP_KEYS: Record<string, SkipReason> = { i: 'ill', f: 'fever', r: 'rash', u: 'upset', o: 'other' };

export const keyOfMood = (mood: Mood) =>
  Object.keys(MOOD_KEYS)
    .find((k) => MOOD_KEYS[k] === mood)!
    .toUpperCase();
export const keyOfSkip = (reason: SkipReason) =>
  Object.keys(SKIP_KEYS)
    .find((k) => SKIP_KEYS[k] === reason)!
    .toUpperCase();

/** Not returned and the rough estimate, from anywhere on the screen but a text field. */
export const NOT_RETURNED_KEY = 'n';
export const ESTIMATE_KEY = 'e';
