import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import { describeError } from '../errors';
import { useT } from '../i18n';
import { modKeys } from '../hooks/shortcuts';

export interface FormActionsProps {
  saving: boolean;
  onCancel(): void;
  /** Fields to fix (shown as one line above the buttons) or a failed save (said with what to do). */
  problem?: { kind: 'fields' } | { kind: 'failed'; error: unknown } | null;
  fixFieldsText: string;
  saveFailedText: string;
  saveLabel?: string;
}

/** The end of every form: what went wrong (if anything), Cancel (Esc) and Save (Ctrl+Enter). */
export function FormActions({ saving, onCancel, problem, fixFieldsText, saveFailedText, saveLabel }: FormActionsProps) {
  const t = useT();
  return (
    <>
      {problem && (
        <Alert severity="error" sx={{ mb: 3 }} role="alert">
          {problem.kind === 'fields' ? fixFieldsText : `${saveFailedText} ${describeError(t, problem.error)}`}
        </Alert>
      )}
      <Stack direction="row" spacing={1.5} sx={{ justifyContent: 'flex-end' }}>
        <Tooltip title={t('action.cancelTooltip')}>
          <Button onClick={onCancel} color="inherit">
            {t('action.cancel')}
          </Button>
        </Tooltip>
        <Tooltip title={t('action.saveTooltip', { keys: modKeys('Enter') })}>
          <span>
            <Button
              type="submit"
              variant="contained"
              disabled={saving}
              startIcon={saving ? <CircularProgress size={18} color="inherit" /> : undefined}
              sx={{ minWidth: 140 }}
            >
              {saving ? t('action.saving') : (saveLabel ?? t('action.save'))}
            </Button>
          </span>
        </Tooltip>
      </Stack>
    </>
  );
}
