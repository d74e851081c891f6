import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { TypedPort } from './where';
import {
  ServerAddress,
  type ConnectionReport,
  type DataSourceState,
  type ServerAddress as Address,
} from '../../../shared/contract';
import { useApi } from '../../api-context';
import { applyServerIssues, FormPasswordField, FormTextField } from '../../forms';
import { useI18n } from '../../i18n';
import { fieldErrors } from '../../session/issue-message';
import { ConnectionReportView } from './ConnectionReportView';
import { BrowsePathButton } from '../../components/BrowsePathButton';

/** The contract's address schema, with the port as typed (text) and the test's login beside it. */
const FormSchema = ServerAddress.extend({
  port: TypedPort,
  login: z.string(),
  password: z.string(),
});
type Values = z.input<typeof FormSchema>;
type Output = z.output<typeof FormSchema>;

const OWN_KEYS = new Set(['invalidHost', 'invalidDatabase', 'absolutePath', 'port', 'unreadable', 'notCertificate']);
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
  const { control, handleSubmit, setError, formState, getValues, setValue } = useForm<Values, unknown, Output>({
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
      if (!applyServerIssues(error, setError, (key) => key, FIELDS)) reportError(error);
    } finally {
      setTesting(false);
    }
  });
  const save = handleSubmit(async (values) => {
    setFailure(null);
    try {
      onSaved(await api.call('data-source:set', { kind: 'server', ...address(values) }));
    } catch (error) {
      if (!applyServerIssues(error, setError, (key) => key, FIELDS)) reportError(error);
    }
  });

  const field = { control, message, size: 'small' } as const;

  return (
    <Stack component="form" noValidate spacing={2} aria-label={t('dataSource.server')} onSubmit={(e) => void save(e)}>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '3fr 1fr' }, gap: 1.5 }}>
        <FormTextField {...field} name="host" label={t('dataSource.host')} required />
        <FormTextField
          {...field}
          name="port"
          label={t('dataSource.port')}
          required
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        />
      </Box>
      <FormTextField {...field} name="database" label={t('dataSource.database')} required />
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <FormTextField
          {...field}
          name="caFile"
          label={t('dataSource.caFile')}
          hint={t('dataSource.caFileHint')}
          placeholder="/etc/valgo/practice-ca.pem"
          fullWidth
          slotProps={{ htmlInput: { spellCheck: false } }}
        />
        <BrowsePathButton
          kind="caFile"
          text={t('dataSource.browse')}
          label={t('dataSource.browseCaFile')}
          title={t('dataSource.chooseCaFile')}
          current={() => getValues('caFile') ?? ''}
          onChosen={(path) => setValue('caFile', path, { shouldDirty: true, shouldValidate: true })}
          onError={reportError}
          mt={0.5}
        />
      </Stack>
      {/* One a row: side by side, "(only for the test, not saved)" was cut off in the sign-in card. */}
      <Box sx={{ display: 'grid', gap: 1.5 }}>
        <FormTextField {...field} name="login" label={t('dataSource.testLogin')} />
        <FormPasswordField
          {...field}
          name="password"
          label={t('dataSource.testPassword')}
          autoComplete="current-password"
        />
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
