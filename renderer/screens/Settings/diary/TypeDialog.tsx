import { useState } from 'react';
import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { AppointmentTypeInput, type AppointmentType } from '../../../../shared/contract';
import { useApiMutation } from '../../../data';
import { applyServerIssues, FormActions, type FormActionsProps } from '../../../forms';
import { useI18n } from '../../../i18n';
import { diaryValidation, typeName } from '../../Diary/format';
import { withoutRef } from '../form-model';

/** Add or edit a kind of visit: its name and usual length. */
export function TypeDialog(props: {
  editing: AppointmentType | 'new' | null;
  onClose(): void;
  onSaved(stored: AppointmentType, created: boolean): void;
}) {
  const { editing } = props;
  const i18n = useI18n();
  const { t } = i18n;
  const existing = editing !== null && editing !== 'new' ? editing : null;
  // A shipped type shows its translated name; saved unchanged, it keeps the stored one.
  const shownName = existing ? typeName(t, existing) : '';
  const [problem, setProblem] = useState<FormActionsProps['problem']>(null);
  const { control, handleSubmit, setError, formState } = useForm<AppointmentTypeInput>({
    defaultValues: {
      ...(existing ? { id: existing.id, version: existing.version } : {}),
      name: shownName,
      durationMinutes: existing?.durationMinutes ?? 20,
      active: existing?.active ?? true,
    },
    resolver: zodResolver(AppointmentTypeInput),
  });
  const save = useApiMutation('appointment-types:save');
  const message = (key: string) => diaryValidation(i18n, key);

  const submit = handleSubmit(
    async (values) => {
      setProblem(null);
      try {
        const name = existing && values.name === shownName.trim() ? existing.name : values.name;
        const stored = await save.mutateAsync({ ...values, name });
        props.onSaved(stored, !existing);
      } catch (error) {
        if (!applyServerIssues(error, setError, message, ['name', 'durationMinutes'])) {
          setProblem({ kind: 'failed', error });
        }
      }
    },
    () => setProblem({ kind: 'fields' }),
  );

  return (
    <Dialog open={editing !== null} onClose={props.onClose} aria-labelledby="type-dialog-title" maxWidth="xs" fullWidth>
      <Box
        component="form"
        noValidate
        onSubmit={(e) => {
          e.stopPropagation();
          void submit(e);
        }}
      >
        <DialogTitle id="type-dialog-title">
          {t(existing ? 'diarySetup.types.dialogEdit' : 'diarySetup.types.dialogAdd')}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={1} sx={{ pt: 1 }}>
            <Controller
              control={control}
              name="name"
              render={({ field, fieldState }) => (
                <TextField
                  {...withoutRef(field)}
                  inputRef={field.ref}
                  label={t('diarySetup.types.name')}
                  error={fieldState.error !== undefined}
                  helperText={fieldState.error?.message ? message(fieldState.error.message) : ' '}
                  autoFocus
                  autoComplete="off"
                />
              )}
            />
            <Controller
              control={control}
              name="durationMinutes"
              render={({ field, fieldState }) => (
                <TextField
                  type="number"
                  name={field.name}
                  inputRef={field.ref}
                  label={t('diary.field.duration')}
                  value={Number.isNaN(field.value) ? '' : field.value}
                  onChange={(e) => field.onChange(e.target.value.trim() === '' ? NaN : Number(e.target.value))}
                  onBlur={field.onBlur}
                  error={fieldState.error !== undefined}
                  helperText={fieldState.error?.message ? message(fieldState.error.message) : t('diary.field.minutes')}
                  slotProps={{ htmlInput: { min: 5, max: 480, step: 5 } }}
                />
              )}
            />
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2, display: 'block' }}>
          <FormActions
            saving={formState.isSubmitting}
            onCancel={props.onClose}
            problem={problem}
            fixFieldsText={t('childForm.fixFields')}
            saveFailedText={t('childForm.saveFailed')}
          />
        </DialogActions>
      </Box>
    </Dialog>
  );
}
