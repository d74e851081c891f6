import { dialogOpen, isMod, isTyping, useKeydown } from '../hooks/shortcuts';

/**
 * A form's keys: Ctrl+Enter (⌘Enter) saves from anywhere in it; Esc cancels only when focus is not
 * in a text field (Esc there belongs to the field: closing an autocomplete or a picker, or just a
 * reflex), and never while a dialog or a picker's calendar is open.
 */
export function useSaveShortcut(onSave: () => void, onCancel: () => void): void {
  useKeydown((event) => {
    if (event.defaultPrevented || dialogOpen()) return;
    if (isMod(event, 'enter')) {
      event.preventDefault();
      onSave();
    } else if (event.key === 'Escape' && !isTyping(event.target)) {
      event.preventDefault();
      onCancel();
    }
  });
}
