import { useState, type ChangeEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useApi } from '../../api-context';
import { PasswordField } from '../../forms';
import { useI18n } from '../../i18n';
import { fieldErrors } from '../../session/issue-message';
import { RecoveryCodeScreen } from './SetupScreen';
import { SignInLayout } from './SignInLayout';

/** The administrator's recovery code sets a new password; the new code is shown once, like the first. */
export function RecoverScreen({ onDone }: { onDone(): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const api = useApi();
  const [form, setForm] = useState({ username: '', recoveryCode: '', password: '' });
  const [errors, setErrors] = useState<{ fields: Record<string, string>; other: string | null }>({
    fields: {},
    other: null,
  });
  const [next, setNext] = useState<string | null>(null);
  if (next) return <RecoveryCodeScreen code={next} onDone={onDone} />;
  const submit = async () => {
    try {
      setNext((await api.call('staff:recover', form)).recoveryCode);
    } catch (error) {
      setErrors(fieldErrors(i18n, error));
    }
  };
  const bound = (key: keyof typeof form, label: string) => ({
    label,
    value: form[key],
    onChange: (e: ChangeEvent<HTMLInputElement>) => setForm({ ...form, [key]: e.target.value }),
    error: Boolean(errors.fields[key]),
    helperText: errors.fields[key],
    fullWidth: true,
  });
  return (
    <SignInLayout title={t('staff.recover.title')} intro={t('staff.recover.intro')} onSubmit={() => void submit()}>
      <TextField {...bound('username', t('staff.username'))} />
      <TextField {...bound('recoveryCode', t('staff.recovery.code'))} />
      <PasswordField {...bound('password', t('staff.section.newPassword'))} autoComplete="new-password" />
      {errors.other && <Alert severity="error">{errors.other}</Alert>}
      <Button type="submit" variant="contained" size="large">
        {t('staff.recover.submit')}
      </Button>
      <Button onClick={onDone}>{t('staff.section.cancel')}</Button>
    </SignInLayout>
  );
}
