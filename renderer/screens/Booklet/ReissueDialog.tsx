import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import type { BookletAction } from '../../../shared/contract';
import { useT } from '../../i18n';

export type HandOver = BookletAction | 'print-browser';

/** Why the exact copy could not be reprinted; null when the clinician asked for a re-issue. */
export type ReprintProblem = 'missing' | 'damaged' | null;

interface Props {
  open: boolean;
  problem: ReprintProblem;
  desktop: boolean;
  /** The hand-over under way, if any. */
  busy: HandOver | null;
  onReissue(choice: HandOver): void;
  onClose(): void;
}

/**
 * Re-issue with today's texts: a separate, explicit step that makes a new booklet, never a
 * silent stand-in for a reprint. Shown when the stored copy is missing or damaged, or on request.
 */
export function ReissueDialog({ open, problem, desktop, busy, onReissue, onClose }: Props) {
  const t = useT();
  const spinner = (choice: HandOver) =>
    busy === choice ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined;
  const print: HandOver = desktop ? 'print' : 'print-browser';
  const keep: HandOver = desktop ? 'save' : 'download';
  return (
    <Dialog
      open={open}
      onClose={() => busy === null && onClose()}
      aria-labelledby="reissue-title"
      aria-describedby="reissue-body"
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id="reissue-title">
        {problem ? t('booklet.history.cannotReprint') : t('booklet.history.reissueTitle')}
      </DialogTitle>
      <DialogContent id="reissue-body">
        {problem && (
          <Alert severity="warning" sx={{ mb: 2 }}>
            {t(`booklet.history.${problem}`)}
          </Alert>
        )}
        <DialogContentText>{t('booklet.history.reissueBody')}</DialogContentText>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2, gap: 1 }}>
        <Button onClick={onClose} color="inherit" disabled={busy !== null}>
          {t('action.cancel')}
        </Button>
        <Button variant="outlined" startIcon={spinner(keep)} disabled={busy !== null} onClick={() => onReissue(keep)}>
          {t(desktop ? 'booklet.history.reissueSave' : 'booklet.history.reissueDownload')}
        </Button>
        <Button
          variant="contained"
          startIcon={spinner(print)}
          disabled={busy !== null}
          onClick={() => onReissue(print)}
        >
          {t('booklet.history.reissuePrint')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
