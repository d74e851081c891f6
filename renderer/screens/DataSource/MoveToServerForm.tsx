import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { TypedPort } from './where';
import { MoveToServerInput, type MoveToServerReport, type ServerAddress } from '../../../shared/contract';
import { useApiMutation, useApiQuery } from '../../data';
import { applyServerIssues, FormPasswordField, FormTextField, type PasswordAutoComplete } from '../../forms';
import { useI18n, type I18n } from '../../i18n';
import { fieldErrors, staffMessage } from '../../session/issue-message';
import { MoveProgressView } from './MoveProgressView';

/** The contract's move input, with the port as typed and the new password typed twice. */
const FormSchema = MoveToServerInput.extend({
  port: TypedPort,
  adminPasswordAgain: z.string(),
}).refine((v) => v.adminPassword === v.adminPasswordAgain, { path: ['adminPasswordAgain'], message: 'mismatch' });
type Values = z.input<typeof FormSchema>;
type Output = z.output<typeof FormSchema>;

const FIELDS = [
  'host',
  'port',
  'database',
  'caFile',
  'ownerLogin',
  'ownerPassword',
  'adminLogin',
  'adminPassword',
] as const;
const ADDRESS_KEYS = new Set([
  'invalidHost',
  'invalidDatabase',
  'absolutePath',
  'port',
  'unreadable',
  'notCertificate',
]);
const MOVE_KEYS = new Set([
  'mismatch',
  'notMovedAdmin',
  'invalidLogin',
  'loginTaken',
  'wrongOwner',
  'notOwner',
  'notSetUpForMove',
  'schemaMismatch',
  'databaseNotFound',
  'serverUnreachable',
  'certificateRejected',
  'tlsRequired',
]);

/** A message key (the schema's or main's) as a sentence. */
function moveMessage(i18n: I18n, key: string): string {
  const [name = '', arg] = key.split(/:(.*)/s);
  if (name === 'notEmpty') return i18n.t('dataSourceMove.error.notEmpty', { tables: arg ?? '' });
  if (MOVE_KEYS.has(name)) return i18n.t(`dataSourceMove.error.${name}` as 'dataSourceMove.error.mismatch');
  if (ADDRESS_KEYS.has(name)) return i18n.t(`dataSource.error.${name}` as 'dataSource.error.port');
  return staffMessage(i18n, key);
}

export interface MovedTo {
  address: ServerAddress;
  report: MoveToServerReport;
}

/**
 * The move's form: the server's address, the owner's login for this move only, and which
 * administrator of this computer signs in first on the server with which new password. While
 * main moves, the window polls the move's step; the report comes back to `onMoved`.
 */
export function MoveToServerForm({ onMoved, onCancel }: { onMoved(moved: MovedTo): void; onCancel(): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const message = (key: string) => moveMessage(i18n, key);
  const staff = useApiQuery('staff:list', {});
  const admins = (staff.data ?? []).filter((s) => s.active && s.role === 'admin');
  const move = useApiMutation('data-source:move');
  const progress = useApiQuery('data-source:move-progress', {}, { enabled: move.isPending, refetchInterval: 250 });
  const [failure, setFailure] = useState<string | null>(null);
  const { control, handleSubmit, setError, formState } = useForm<Values, unknown, Output>({
    defaultValues: {
      host: '',
      port: '5432',
      database: '',
      caFile: '',
      ownerLogin: '',
      ownerPassword: '',
      adminLogin: '',
      adminPassword: '',
      adminPasswordAgain: '',
    },
    resolver: zodResolver(FormSchema),
    mode: 'onTouched',
  });

  const submit = handleSubmit(async ({ adminPasswordAgain: _again, ...values }) => {
    setFailure(null);
    const input = { ...values, caFile: values.caFile || null };
    try {
      const report = await move.mutateAsync(input);
      onMoved({
        address: { host: input.host, port: input.port, database: input.database, caFile: input.caFile },
        report,
      });
    } catch (error) {
      if (!applyServerIssues(error, setError, (key) => key, FIELDS)) {
        setFailure(fieldErrors(i18n, error).other ?? t('error.INTERNAL'));
      }
    }
  });

  const field = (name: (typeof FIELDS)[number] | 'adminPasswordAgain', label: string, extra: object = {}) => (
    <FormTextField control={control} name={name} label={label} message={message} size="small" {...extra} />
  );
  // The owner's password is the server's, not Valgo's: the browser is not to offer or keep it.
  const password = (
    name: 'ownerPassword' | 'adminPassword' | 'adminPasswordAgain',
    label: string,
    autoComplete: PasswordAutoComplete,
  ) => (
    <FormPasswordField
      control={control}
      name={name}
      label={label}
      message={message}
      size="small"
      autoComplete={autoComplete}
    />
  );
  const pending = move.isPending;
  return (
    <Stack
      component="form"
      noValidate
      spacing={2}
      aria-label={t('dataSourceMove.title')}
      onSubmit={(e) => void submit(e)}
    >
      <Typography variant="h3">{t('dataSourceMove.title')}</Typography>
      <Typography sx={{ color: 'text.secondary' }}>{t('dataSourceMove.intro')}</Typography>
      <Box component="fieldset" disabled={pending} sx={{ border: 0, p: 0, m: 0, display: 'grid', gap: 2 }}>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '3fr 1fr' }, gap: 1.5 }}>
          {field('host', t('dataSource.host'), { required: true })}
          {field('port', t('dataSource.port'), { required: true, slotProps: { htmlInput: { inputMode: 'numeric' } } })}
        </Box>
        {field('database', t('dataSource.database'), { required: true })}
        {field('caFile', t('dataSource.caFile'), {
          placeholder: '/etc/valgo/practice-ca.pem',
          hint: t('dataSource.caFileHint'),
        })}
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 1.5 }}>
          {field('ownerLogin', t('dataSourceMove.ownerLogin'), {
            required: true,
            hint: t('dataSourceMove.ownerLoginHint'),
          })}
          {password('ownerPassword', t('dataSourceMove.ownerPassword'), 'off')}
        </Box>
        {field('adminLogin', t('dataSourceMove.adminLogin'), {
          required: true,
          select: true,
          children: admins.map((a) => (
            <MenuItem key={a.id} value={a.username}>
              {`${a.name} (${a.username})`}
            </MenuItem>
          )),
        })}
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 1.5 }}>
          {password('adminPassword', t('dataSourceMove.adminPassword'), 'new-password')}
          {password('adminPasswordAgain', t('dataSourceMove.adminPasswordAgain'), 'new-password')}
        </Box>
      </Box>
      {pending && <MoveProgressView progress={progress.data ?? null} />}
      {(failure ?? formState.errors.root?.message) && (
        <Alert severity="error" role="alert">
          {failure ?? message(formState.errors.root?.message ?? '')}
        </Alert>
      )}
      <Stack direction="row" spacing={1.5}>
        <Button type="submit" variant="contained" disabled={pending}>
          {t('dataSourceMove.start')}
        </Button>
        <Button variant="text" disabled={pending} onClick={onCancel}>
          {t('dataSourceMove.cancel')}
        </Button>
      </Stack>
    </Stack>
  );
}
