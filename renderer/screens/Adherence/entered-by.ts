/** Who enters the returned pages, remembered on this computer between entries (not a sign-in). */
const KEY = 'valgo.adherence.enteredBy';

export function rememberedEnteredBy(): string {
  try {
    return window.localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberEnteredBy(name: string): void {
  try {
    window.localStorage.setItem(KEY, name);
  } catch {
    // Storage can be off (private mode): the field just starts empty next time.
  }
}
