import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { StaffUser } from '../../../shared/contract';
import { PasswordField } from '../../forms';
import { useI18n } from '../../i18n';
import { fieldErrors } from '../../session/issue-message';
import { useSessionActions } from '../../session/session-context';

/**
 * Covers the whole window while it is locked. The screen underneath stays mounted, with whatever
 * was typed, so unlocking as the same user continues there; "Switch user" signs out instead.
 */
export function LockOverlay({ user }: { user: StaffUser }) {
  const i18n = useI18n();
  const { t } = i18n;
  const actions = useSessionActions();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await actions.unlock(password);
    } catch (failure) {
      const { fields, other } = fieldErrors(i18n, failure);
      setError(fields.password ?? other);
      setPassword('');
      setBusy(false);
    }
  };
  return (
    <Dialog
      open
      fullScreen
      aria-labelledby="lock-title"
      slotProps={{ paper: { sx: { display: 'grid', placeItems: 'center', bgcolor: 'background.default' } } }}
    >
      <Stack
        component="form"
        noValidate
        spacing={2.5}
        onSubmit={(e) => void submit(e)}
        sx={{ width: '100%', maxWidth: 420, p: 3 }}
      >
        <Typography variant="h1" id="lock-title" sx={{ fontSize: '1.5rem' }}>
          {t('staff.lock.title')}
        </Typography>
        <Typography sx={{ color: 'text.secondary' }}>{t('staff.lock.intro', { name: user.name })}</Typography>
        <PasswordField
          label={t('staff.password')}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="current-password"
          autoFocus
          error={Boolean(error)}
          helperText={error}
          fullWidth
        />
        {error === null && busy && <Alert severity="info">{t('app.loading')}</Alert>}
        <Button type="submit" variant="contained" size="large" disabled={busy || !password}>
          {t('staff.lock.unlock')}
        </Button>
        <Button onClick={() => void actions.signOut()}>{t('staff.lock.switchUser')}</Button>
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {t('staff.lock.switchHint', { name: user.name })}
        </Typography>
      </Stack>
    </Dialog>
  );
}
