import { useState, type ChangeEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import type { StaffStatus } from '../../../shared/contract';
import { useApi } from '../../api-context';
import { PasswordField } from '../../forms';
import { useI18n } from '../../i18n';
import { fieldErrors } from '../../session/issue-message';
import { SignInLayout } from './SignInLayout';

/** First run: no staff yet. Creates the administrator, then hands over the one-time recovery code. */
export function SetupScreen({ onCreated }: { onCreated(status: StaffStatus, recoveryCode: string): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const api = useApi();
  const [form, setForm] = useState({ name: '', username: '', password: '' });
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<{ fields: Record<string, string>; other: string | null }>({
    fields: {},
    other: null,
  });
  const submit = async () => {
    setBusy(true);
    try {
      const { recoveryCode, ...status } = await api.call('staff:setup', form);
      onCreated(status, recoveryCode);
    } catch (error) {
      setErrors(fieldErrors(i18n, error));
      setBusy(false);
    }
  };
  const bound = (key: keyof typeof form, label: string) => ({
    label,
    value: form[key],
    onChange: (e: ChangeEvent<HTMLInputElement>) => setForm({ ...form, [key]: e.target.value }),
    error: Boolean(errors.fields[key]),
    helperText: errors.fields[key],
    required: true,
    fullWidth: true,
  });
  return (
    <SignInLayout title={t('staff.setup.title')} intro={t('staff.setup.intro')} onSubmit={() => void submit()}>
      <TextField {...bound('name', t('staff.name'))} autoFocus autoComplete="name" />
      <TextField {...bound('username', t('staff.username'))} autoComplete="username" />
      <PasswordField
        {...bound('password', t('staff.password'))}
        autoComplete="new-password"
        helperText={errors.fields.password ?? t('staff.passwordHint')}
      />
      {errors.other && <Alert severity="error">{errors.other}</Alert>}
      <Button type="submit" variant="contained" size="large" disabled={busy}>
        {t('staff.setup.submit')}
      </Button>
    </SignInLayout>
  );
}

/** The recovery code, shown once; the app opens only after the user says it is written down. */
export function RecoveryCodeScreen({ code, onDone }: { code: string; onDone(): void }) {
  const { t } = useI18n();
  const [ack, setAck] = useState(false);
  return (
    <SignInLayout title={t('staff.recovery.title')} intro={t('staff.recovery.intro')} onSubmit={onDone}>
      <TextField
        label={t('staff.recovery.code')}
        value={code}
        slotProps={{
          htmlInput: { readOnly: true, 'data-testid': 'recovery-code' },
          input: { sx: { fontFamily: 'monospace', fontSize: '1.25rem' } },
        }}
        fullWidth
      />
      <label style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
        <input type="checkbox" checked={ack} onChange={(e) => setAck(e.target.checked)} />
        {t('staff.recovery.ack')}
      </label>
      <Button type="submit" variant="contained" size="large" disabled={!ack}>
        {t('staff.recovery.continue')}
      </Button>
    </SignInLayout>
  );
}
