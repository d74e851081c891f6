import { useState } from 'react';
import Button from '@mui/material/Button';
import type { PathKind } from '../../shared/contract';
import { useApi } from '../api-context';
import { useApiQuery } from '../data';

/** Only a full path is worth starting the dialog at (the same test as the contract's). */
const looksAbsolute = (s: string) => s.length <= 1000 && (s.startsWith('/') || /^[A-Za-z]:[\\/]/.test(s));

export interface BrowsePathButtonProps {
  kind: PathKind;
  /** The visible text ("Browse…"). */
  text: string;
  /** The accessible name: the visible text and what it chooses. */
  label: string;
  /** The system dialog's title. */
  title: string;
  /** The field's text as the button is pressed: the dialog starts there when it is a full path. */
  current(): string;
  /** The path the dialog chose (never called when it was cancelled). */
  onChosen(path: string): void;
  onError(error: unknown): void;
  disabled?: boolean;
  /** Space above, to line up with the field's input (theme spacing units). */
  mt?: number;
}

/**
 * "Browse…" beside a path field, in the desktop app only (browser mode has no system dialog and
 * shows nothing). Main opens the dialog and answers the path; the field's save checks it as typed.
 */
export function BrowsePathButton({
  kind,
  text,
  label,
  title,
  current,
  onChosen,
  onError,
  disabled,
  mt = 0,
}: BrowsePathButtonProps) {
  const api = useApi();
  const info = useApiQuery('app:info', {});
  const [open, setOpen] = useState(false);
  if (info.data?.mode !== 'electron') return null;
  const browse = async () => {
    setOpen(true);
    try {
      const start = current().trim();
      const { path } = await api.call('desktop:choose-path', {
        kind,
        title,
        ...(looksAbsolute(start) ? { defaultPath: start } : {}),
      });
      if (path !== null) onChosen(path);
    } catch (error) {
      onError(error);
    } finally {
      setOpen(false);
    }
  };
  return (
    <Button
      variant="outlined"
      aria-label={label}
      disabled={disabled === true || open}
      onClick={() => void browse()}
      sx={{ mt, flexShrink: 0, whiteSpace: 'nowrap' }}
    >
      {text}
    </Button>
  );
}
