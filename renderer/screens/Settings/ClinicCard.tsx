import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CircularProgress from '@mui/material/CircularProgress';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { phoneText, Settings, toValidationIssues } from '../../../shared/contract';
import { useApi } from '../../api-context';
import { useLeaveGuard } from '../../components/LeaveGuard';
import { useNotifier } from '../../components/Notifier';
import { describeError, validationIssues } from '../../errors';
import { useI18n } from '../../i18n';
import { useSettings } from '../../settings-context';

type ClinicField = 'clinicName' | 'clinicAddress' | 'clinicPhone';
type ClinicValues = Record<ClinicField, string>;
const FIELDS: ClinicField[] = ['clinicName', 'clinicAddress', 'clinicPhone'];
const SCHEMAS = {
  clinicName: Settings.shape.clinicName,
  clinicAddress: Settings.shape.clinicAddress,
  clinicPhone: phoneText,
};

/** Each field checked with the shared settings schema; a blank phone is allowed. */
function check(values: ClinicValues): { data: ClinicValues | null; errors: Partial<ClinicValues> } {
  const data = { ...values };
  const errors: Partial<ClinicValues> = {};
  for (const field of FIELDS) {
    if (field === 'clinicPhone' && values[field].trim() === '') {
      data[field] = '';
      continue;
    }
    const parsed = SCHEMAS[field].safeParse(values[field]);
    if (parsed.success) data[field] = parsed.data;
    else errors[field] = toValidationIssues(parsed.error)[0]?.message ?? 'invalidValue';
  }
  return { data: Object.keys(errors).length ? null : data, errors };
}

const pick = (s: Settings): ClinicValues => ({
  clinicName: s.clinicName,
  clinicAddress: s.clinicAddress,
  clinicPhone: s.clinicPhone,
});

/** The clinic's name, address and phone. */
export function ClinicCard() {
  const { t, validation } = useI18n();
  const api = useApi();
  const { notify } = useNotifier();
  const { settings, setSettings } = useSettings();
  const [saved, setSaved] = useState(() => pick(settings));
  const [values, setValues] = useState(saved);
  const [touched, setTouched] = useState<Partial<Record<ClinicField, boolean>>>({});
  const [serverErrors, setServerErrors] = useState<Partial<ClinicValues>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const checked = check(values);
  const dirty = FIELDS.some((f) => values[f] !== saved[f]);
  const leaveDialog = useLeaveGuard(dirty && !saving);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched({ clinicName: true, clinicAddress: true, clinicPhone: true });
    setFailure(null);
    if (!checked.data || saving) return;
    setSaving(true);
    try {
      const stored = await api.call('settings:update', checked.data);
      setSettings(stored);
      setSaved(pick(stored));
      setValues(pick(stored));
      notify(t('common.saved'));
    } catch (error) {
      const issues = validationIssues(error);
      const fields: Partial<ClinicValues> = {};
      for (const issue of issues ?? []) {
        if ((FIELDS as string[]).includes(issue.path)) fields[issue.path as ClinicField] ??= issue.message;
      }
      setServerErrors(fields);
      if (!Object.keys(fields).length) setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  const field = (name: ClinicField, label: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => {
    const key = serverErrors[name] ?? (touched[name] ? checked.errors[name] : undefined);
    return (
      <TextField
        label={label}
        value={values[name]}
        onChange={(e) => {
          setValues((v) => ({ ...v, [name]: e.target.value }));
          setServerErrors(({ [name]: _, ...rest }) => rest);
        }}
        onBlur={() => setTouched((t) => ({ ...t, [name]: true }))}
        error={key !== undefined}
        helperText={key === undefined ? ' ' : validation(key)}
        autoComplete="off"
        {...extra}
      />
    );
  };

  return (
    <Card sx={{ p: 4 }} component="form" noValidate onSubmit={submit} aria-labelledby="clinic-title">
      <Typography variant="h2" id="clinic-title" sx={{ mb: 2.5 }}>
        {t('settings.clinic')}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 3, rowGap: 1 }}>
        <Box sx={{ gridColumn: '1 / -1' }}>{field('clinicName', t('field.clinicName'))}</Box>
        <Box sx={{ gridColumn: '1 / -1' }}>{field('clinicAddress', t('field.clinicAddress'))}</Box>
        {field('clinicPhone', t('field.clinicPhone'), { type: 'tel', slotProps: { htmlInput: { inputMode: 'tel' } } })}
      </Box>
      {failure !== null && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {describeError(t, failure)}
        </Alert>
      )}
      <Box sx={{ display: 'flex', justifyContent: 'flex-end' }}>
        <Button
          type="submit"
          variant="contained"
          disabled={saving || !dirty}
          startIcon={saving ? <CircularProgress size={18} color="inherit" /> : undefined}
          sx={{ minWidth: 140 }}
        >
          {saving ? t('action.saving') : t('action.save')}
        </Button>
      </Box>
      {leaveDialog}
    </Card>
  );
}
