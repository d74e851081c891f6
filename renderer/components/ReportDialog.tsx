import type { ReactNode } from 'react';
import { useId } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';

export interface ReportDialogProps {
  open: boolean;
  /** Names the dialog (aria-labelledby points at it). */
  title: ReactNode;
  /** The report; rendered only while there is one (null/false/undefined: the dialog shows the title alone). */
  children?: ReactNode;
  /** The label of the closing button, which has the focus when the dialog opens. */
  closeLabel: string;
  onClose(): void;
  /** Buttons before "Close". */
  actions?: ReactNode;
}

/**
 * A report shown until the user closes it: title, the content (focusable, so a long report scrolls
 * with the arrow keys and Page Up/Down), and a Close button with the focus.
 */
export function ReportDialog({ open, title, children, closeLabel, onClose, actions }: ReportDialogProps) {
  const id = useId();
  const hasContent = children !== null && children !== undefined && children !== false;
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={id} maxWidth="sm" fullWidth>
      <DialogTitle id={id}>{title}</DialogTitle>
      {hasContent && <DialogContent tabIndex={0}>{children}</DialogContent>}
      <DialogActions>
        {actions}
        <Button onClick={onClose} autoFocus>
          {closeLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
