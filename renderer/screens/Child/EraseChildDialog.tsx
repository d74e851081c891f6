import { useId, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import type { Patient } from '../../../shared/contract';
import { fullName } from '../../../shared/person-name';
import { useNotifier } from '../../components/Notifier';
import { useApiMutation } from '../../data';
import { validationIssues } from '../../errors';
import { useI18n } from '../../i18n';
import { paths, useRouter } from '../../router';

const fold = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();

/**
 * Erasing a child for good (admins): the button stays off until the child's full name is typed;
 * main checks the name again and refuses a mismatch, naming the field.
 */
export function EraseChildDialog({ patient, open, onClose }: { patient: Patient; open: boolean; onClose(): void }) {
  const { t, language } = useI18n();
  const id = useId();
  const { navigate } = useRouter();
  const { notify, reportError } = useNotifier();
  const [typed, setTyped] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const name = fullName(patient, language);
  const matches = [fullName(patient, 'en'), fullName(patient, 'ru')].some((n) => fold(n) === fold(typed));
  const erase = useApiMutation('patients:erase', {
    onSuccess: () => {
      notify(t('rights.erased', { name }));
      navigate(paths.children(), { replace: true, force: true });
    },
  });
  const close = () => {
    if (erase.isPending) return;
    setTyped('');
    setMismatch(false);
    onClose();
  };
  const submit = () => {
    if (!matches) return setMismatch(true);
    erase.mutate(
      { id: patient.id, confirmName: typed },
      {
        onError: (error) => {
          if (validationIssues(error)?.some((i) => i.path === 'confirmName')) setMismatch(true);
          else reportError(error);
        },
      },
    );
  };
  const showMismatch = mismatch && !matches;
  return (
    <Dialog open={open} onClose={close} aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`}>
      <DialogTitle id={`${id}-title`}>{t('rights.eraseTitle', { name })}</DialogTitle>
      <DialogContent>
        <DialogContentText id={`${id}-body`}>{t('rights.eraseBody')}</DialogContentText>
        <Alert severity="warning" sx={{ my: 2 }}>
          {t('rights.eraseExportFirst')}
        </Alert>
        <DialogContentText sx={{ mb: 2 }}>{t('rights.eraseType', { name })}</DialogContentText>
        <TextField
          fullWidth
          autoFocus
          autoComplete="off"
          label={t('rights.eraseField')}
          value={typed}
          onChange={(event) => {
            setTyped(event.target.value);
            setMismatch(false);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              submit();
            }
          }}
          error={showMismatch}
          helperText={showMismatch ? t('rights.eraseMismatch') : ' '}
          slotProps={{ htmlInput: { 'aria-invalid': showMismatch, spellCheck: false } }}
        />
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={close} disabled={erase.isPending}>
          {t('rights.cancel')}
        </Button>
        <Button
          onClick={submit}
          variant="contained"
          color="error"
          disabled={!matches || erase.isPending}
          startIcon={erase.isPending ? <CircularProgress size={16} color="inherit" /> : undefined}
        >
          {t('rights.eraseConfirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
