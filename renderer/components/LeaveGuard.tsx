import { useEffect, useState, type ReactNode } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useT } from '../i18n';
import { useRouter } from '../router';

/**
 * While `dirty`, leaving the screen (links, Cancel, Esc, browser Back) first asks whether to
 * discard the changes. Returns the dialog; render it somewhere in the screen.
 */
export function useLeaveGuard(dirty: boolean): ReactNode {
  const { setGuard } = useRouter();
  const [pending, setPending] = useState<{ proceed: () => void } | null>(null);

  useEffect(() => {
    if (!dirty) return;
    setGuard((proceed) => {
      setPending({ proceed });
      return true;
    });
    return () => setGuard(null);
  }, [dirty, setGuard]);

  return (
    <LeaveDialog
      open={pending !== null}
      onKeep={() => setPending(null)}
      onDiscard={() => {
        setPending(null);
        pending?.proceed();
      }}
    />
  );
}

function LeaveDialog({ open, onKeep, onDiscard }: { open: boolean; onKeep: () => void; onDiscard: () => void }) {
  const t = useT();
  return (
    <Dialog open={open} onClose={onKeep} aria-labelledby="leave-title" aria-describedby="leave-body">
      <DialogTitle id="leave-title">{t('leave.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="leave-body">{t('leave.body')}</DialogContentText>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onDiscard} color="error">
          {t('leave.discard')}
        </Button>
        <Button onClick={onKeep} variant="contained" autoFocus>
          {t('leave.keep')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
