import type { ReactNode } from 'react';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId } from 'react';
import { useT } from '../i18n';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  /** Red for something that removes or cancels; the safe choice keeps the focus either way. */
  destructive?: boolean;
  busy?: boolean;
  onConfirm(): void;
  onClose(): void;
  cancelLabel?: string;
}

/** "Are you sure?" for an action that is hard to undo; Esc and the safe button close it. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const t = useT();
  const id = useId();
  return (
    <Dialog
      open={props.open}
      onClose={props.busy ? undefined : props.onClose}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
    >
      <DialogTitle id={`${id}-title`}>{props.title}</DialogTitle>
      <DialogContent>
        {typeof props.body === 'string' ? (
          <DialogContentText id={`${id}-body`}>{props.body}</DialogContentText>
        ) : (
          <div id={`${id}-body`}>{props.body}</div>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={props.onClose} disabled={props.busy} autoFocus={props.destructive}>
          {props.cancelLabel ?? t('action.cancel')}
        </Button>
        <Button
          onClick={props.onConfirm}
          variant="contained"
          color={props.destructive ? 'error' : 'primary'}
          disabled={props.busy}
          autoFocus={!props.destructive}
          startIcon={props.busy ? <CircularProgress size={16} color="inherit" /> : undefined}
        >
          {props.confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
