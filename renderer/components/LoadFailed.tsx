import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { describeError } from '../errors';
import { useT } from '../i18n';

/** A load that failed: what happened, what to do, and a retry. */
export function LoadFailed({ title, error, onRetry }: { title: string; error: unknown; onRetry: () => void }) {
  const t = useT();
  return (
    <Alert
      severity="error"
      action={
        <Button color="inherit" size="small" onClick={onRetry}>
          {t('action.retry')}
        </Button>
      }
    >
      <AlertTitle>{title}</AlertTitle>
      {describeError(t, error)}
    </Alert>
  );
}
