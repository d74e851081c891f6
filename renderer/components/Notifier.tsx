import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { describeError } from '../errors';
import { useT } from '../i18n';

interface Note {
  key: number;
  message: string;
  severity: 'success' | 'error' | 'info';
}

interface Notifier {
  /** A brief confirmation ("Saved"). */
  notify(message: string, severity?: Note['severity']): void;
  /** A failed call, said in the UI language with what to do; stays until closed. */
  reportError(error: unknown): void;
}

const NotifierContext = createContext<Notifier | null>(null);

export function NotifierProvider({ children }: { children: ReactNode }) {
  const t = useT();
  const [note, setNote] = useState<Note | null>(null);
  const [open, setOpen] = useState(false);

  const notify = useCallback((message: string, severity: Note['severity'] = 'success') => {
    setNote({ key: Date.now(), message, severity });
    setOpen(true);
  }, []);
  const reportError = useCallback((error: unknown) => notify(describeError(t, error), 'error'), [notify, t]);
  const value = useMemo(() => ({ notify, reportError }), [notify, reportError]);

  const close = (_event?: unknown, reason?: string) => {
    if (reason !== 'clickaway') setOpen(false);
  };

  return (
    <NotifierContext.Provider value={value}>
      {children}
      <Snackbar
        key={note?.key}
        open={open}
        onClose={close}
        autoHideDuration={note?.severity === 'error' ? null : 3000}
        // Bottom left, narrow: form buttons sit on the right, so a message never covers them.
        anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
      >
        <Alert
          onClose={close}
          severity={note?.severity ?? 'info'}
          variant="filled"
          sx={{ minWidth: 280, maxWidth: 420, alignItems: 'center' }}
          closeText={t('action.close')}
        >
          {note?.message}
        </Alert>
      </Snackbar>
    </NotifierContext.Provider>
  );
}

export function useNotifier(): Notifier {
  const notifier = useContext(NotifierContext);
  if (!notifier) throw new Error('useNotifier() outside <NotifierProvider>');
  return notifier;
}
