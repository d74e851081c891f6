import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useApiQuery } from '../../data';
import { PasswordField } from '../../forms';
import { useI18n } from '../../i18n';
import { fieldErrors } from '../../session/issue-message';
import { useSessionActions } from '../../session/session-context';
import { RecoverScreen } from './RecoverScreen';
import { SignInLayout } from './SignInLayout';

/** Username and password; main answers a wrong name and a wrong password alike. */
export function SignInScreen() {
  const i18n = useI18n();
  const { t } = i18n;
  const actions = useSessionActions();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [recovering, setRecovering] = useState(false);
  // On a practice server the database keeps the logins: a recovery code has nothing to reset there.
  const onServer = useApiQuery('data-source:get', {}).data?.active.kind === 'server';
  if (recovering) return <RecoverScreen onDone={() => setRecovering(false)} />;
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await actions.signIn(username, password);
    } catch (failure) {
      const { fields, other } = fieldErrors(i18n, failure);
      setError(fields.username ?? fields.password ?? other ?? t('staff.signIn.failed'));
      setPassword('');
      setBusy(false);
    }
  };
  return (
    <SignInLayout title={t('staff.signIn.title')} onSubmit={() => void submit()}>
      <TextField
        label={t('staff.username')}
        value={username}
        onChange={(e) => setUsername(e.target.value)}
        autoComplete="username"
        autoFocus
        fullWidth
      />
      <PasswordField
        label={t('staff.password')}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        autoComplete="current-password"
        error={Boolean(error)}
        fullWidth
      />
      {error && (
        <Alert severity="error" role="alert">
          {error}
        </Alert>
      )}
      <Button type="submit" variant="contained" size="large" disabled={busy || !username || !password}>
        {t('staff.signIn.submit')}
      </Button>
      {!onServer && <Button onClick={() => setRecovering(true)}>{t('staff.recover.link')}</Button>}
    </SignInLayout>
  );
}
