import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import VerifiedIcon from '@mui/icons-material/VerifiedUserOutlined';
import type { AuditVerifyResult } from '../../../shared/contract';
import { useNotifier } from '../../components/Notifier';
import { useApiMutation } from '../../data';
import { useI18n } from '../../i18n';

/** "Verify the log": main re-walks the hash chain; the report names the first entry changed or missing. */
export function VerifyPanel() {
  const { t } = useI18n();
  const { reportError } = useNotifier();
  // A check, not a write: nothing is read again afterwards.
  const verify = useApiMutation('audit:verify', { invalidates: [] });
  const result = verify.data;
  return (
    <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
      <Button
        variant="outlined"
        startIcon={verify.isPending ? <CircularProgress size={16} color="inherit" /> : <VerifiedIcon />}
        onClick={() => verify.mutate({}, { onError: reportError })}
        disabled={verify.isPending}
      >
        {verify.isPending ? t('audit.verifying') : t('audit.verify')}
      </Button>
      {result && !verify.isPending && <VerifyReport result={result} />}
    </Stack>
  );
}

function VerifyReport({ result }: { result: AuditVerifyResult }) {
  const { t } = useI18n();
  if (result.ok) {
    return (
      <Alert severity="success" role="status">
        {t('audit.verify.ok', { count: result.entries })}
      </Alert>
    );
  }
  const id = String(result.firstBadId ?? '?');
  const problem = result.problem ?? 'edited';
  return (
    <Alert severity="error" role="alert">
      {t(`audit.verify.${problem}`, { id })} {t('audit.verify.advice')}
    </Alert>
  );
}
