import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { ROLES, StaffInput } from '../../../shared/contract';
import { useNotifier } from '../../components/Notifier';
import { useApiMutation } from '../../data';
import { applyServerIssues, FormPasswordField, FormTextField } from '../../forms';
import { useI18n } from '../../i18n';
import { staffMessage } from '../../session/issue-message';

type Values = { name: string; username: string; role: StaffInput['role']; password: string };
const EMPTY: Values = { name: '', username: '', role: 'receptionist', password: '' };
const FIELDS = ['name', 'username', 'role', 'password'] as const;

/**
 * Adds a member of staff: the contract's own schema checks each field as it is typed (the same
 * rules main applies), and main's refusals (a user name already taken) land on their field.
 */
export function AddStaffForm() {
  const i18n = useI18n();
  const { t } = i18n;
  const { notify, reportError } = useNotifier();
  const create = useApiMutation('staff:create', { invalidates: ['staff'] });
  const { control, handleSubmit, reset, setError, formState } = useForm<Values, unknown, StaffInput>({
    defaultValues: EMPTY,
    resolver: zodResolver(StaffInput),
    mode: 'onTouched',
  });
  const message = (key: string) => staffMessage(i18n, key);

  const submit = handleSubmit(async (values) => {
    try {
      await create.mutateAsync(values);
      notify(t('staff.section.saved'));
      reset(EMPTY);
    } catch (error) {
      if (!applyServerIssues(error, setError, (key) => key, FIELDS)) reportError(error);
    }
  });

  const field = { control, message, size: 'small', required: true } as const;

  return (
    <Box
      component="form"
      noValidate
      aria-label={t('staff.section.add')}
      onSubmit={(e) => void submit(e)}
      sx={{
        display: 'grid',
        // Two fields a row: four in one row cut the labels short in Russian at 1366 px.
        gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))' },
        gap: 1.5,
        alignItems: 'start',
      }}
    >
      <FormTextField {...field} name="name" label={t('staff.name')} />
      <FormTextField {...field} name="username" label={t('staff.username')} />
      <Controller
        control={control}
        name="role"
        render={({ field }) => (
          <TextField {...field} select size="small" label={t('staff.role')}>
            {ROLES.map((r) => (
              <MenuItem key={r} value={r}>
                {t(`staff.role.${r}`)}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      <FormPasswordField {...field} name="password" label={t('staff.password')} autoComplete="new-password" />
      <Button type="submit" variant="contained" disabled={formState.isSubmitting} sx={{ justifySelf: 'start' }}>
        {t('staff.section.add')}
      </Button>
    </Box>
  );
}
