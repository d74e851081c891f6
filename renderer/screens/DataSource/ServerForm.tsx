import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, type FieldPath } from 'react-hook-form';
import { z } from 'zod';
import {
  ServerAddress,
  type ConnectionReport,
  type DataSourceState,
  type ServerAddress as Address,
} from '../../../shared/contract';
import { useApi } from '../../api-context';
import { applyServerIssues } from '../../forms';
import { useI18n } from '../../i18n';
import { fieldErrors } from '../../session/issue-message';
import { ConnectionReportView } from './ConnectionReportView';

/** The contract's address schema, with the port as typed (text) and the test's login beside it. */
const FormSchema = ServerAddress.extend({
  port: z
    .string()
    .trim()
    .regex(/^\d{1,5}$/, { message: 'port' })
    .transform(Number)
    .pipe(z.number().min(1, { message: 'port' }).max(65535, { message: 'port' })),
  login: z.string(),
  password: z.string(),
});
type Values = z.input<typeof FormSchema>;
type Output = z.output<typeof FormSchema>;

const OWN_KEYS = new Set(['invalidHost', 'invalidDatabase', 'absolutePath', 'port']);
const FIELDS = ['host', 'port', 'database', 'caFile'] as const;

const toValues = (address: Address | null | undefined): Values => ({
  host: address?.host ?? '',
  port: String(address?.port ?? 5432),
  database: address?.database ?? '',
  caFile: address?.caFile ?? '',
  login: '',
  password: '',
});

/**
 * The practice server's address (react-hook-form over the contract's schema, so the form refuses
 * what main would), "Test connection" (reachable, certificate, versions; the login typed for the
 * test is not kept) and saving the choice for the next start. No password is ever saved.
 */
export function ServerForm({ initial, onSaved }: { initial?: Address | null; onSaved(state: DataSourceState): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const api = useApi();
  // Not the app's notifier: the first-run screen shows this form before the app's shell exists.
  const [failure, setFailure] = useState<string | null>(null);
  const reportError = (error: unknown) => setFailure(fieldErrors(i18n, error).other ?? t('error.INTERNAL'));
  const [report, setReport] = useState<ConnectionReport | null>(null);
  const [testing, setTesting] = useState(false);
  const { control, handleSubmit, setError, formState } = useForm<Values, unknown, Output>({
    defaultValues: toValues(initial),
    resolver: zodResolver(FormSchema),
    mode: 'onTouched',
  });
  const message = (key: string) =>
    OWN_KEYS.has(key) ? t(`dataSource.error.${key}` as 'dataSource.error.port') : i18n.validation(key);
  const address = ({ host, port, database, caFile }: Output) => ({ host, port, database, caFile: caFile || null });

  const test = handleSubmit(async (values) => {
    setTesting(true);
    setReport(null);
    setFailure(null);
    try {
      const login = values.login.trim();
      setReport(
        await api.call('data-source:test', {
          ...address(values),
          ...(login ? { login, password: values.password } : {}),
        }),
      );
    } catch (error) {
      if (!applyServerIssues(error, setError, message, FIELDS)) reportError(error);
    } finally {
      setTesting(false);
    }
  });
  const save = handleSubmit(async (values) => {
    setFailure(null);
    try {
      onSaved(await api.call('data-source:set', { kind: 'server', ...address(values) }));
    } catch (error) {
      if (!applyServerIssues(error, setError, message, FIELDS)) reportError(error);
    }
  });

  const text = (name: FieldPath<Values>, label: string, extra: object = {}, hint?: string) => (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          {...field}
          size="small"
          label={label}
          error={Boolean(fieldState.error)}
          helperText={fieldState.error?.message ? message(fieldState.error.message) : hint}
          autoComplete="off"
          {...extra}
        />
      )}
    />
  );

  return (
    <Stack component="form" noValidate spacing={2} aria-label={t('dataSource.server')} onSubmit={(e) => void save(e)}>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '3fr 1fr' }, gap: 1.5 }}>
        {text('host', t('dataSource.host'), { required: true })}
        {text('port', t('dataSource.port'), { required: true, inputMode: 'numeric' })}
      </Box>
      {text('database', t('dataSource.database'), { required: true })}
      {text(
        'caFile',
        t('dataSource.caFile'),
        { placeholder: '/etc/valgo/practice-ca.pem' },
        t('dataSource.caFileHint'),
      )}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 1.5 }}>
        {text('login', t('dataSource.testLogin'))}
        {text('password', t('dataSource.testPassword'), { type: 'password', autoComplete: 'current-password' })}
      </Box>
      {report && <ConnectionReportView report={report} />}
      {failure && (
        <Alert severity="error" role="alert">
          {failure}
        </Alert>
      )}
      <Stack direction="row" spacing={1.5}>
        <Button variant="outlined" disabled={testing} onClick={() => void test()}>
          {testing ? t('dataSource.testing') : t('dataSource.test')}
        </Button>
        <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
          {t('dataSource.save')}
        </Button>
      </Stack>
      {initial === undefined && <Alert severity="info">{t('dataSource.intro')}</Alert>}
    </Stack>
  );
}
