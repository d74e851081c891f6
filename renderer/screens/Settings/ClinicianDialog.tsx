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
import type { Clinician, StaleIssue } from '../../../shared/contract';
import { staleIssue, StaleNotice } from '../../components/StaleNotice';
import { useApiMutation } from '../../data';
import { applyServerIssues, FormActions, type FormActionsProps } from '../../forms';
import { useI18n } from '../../i18n';
import { CLINICIAN_FIELDS, ClinicianForm, withoutRef } from './form-model';

/** Add or edit a clinician: name, title as it prints, phone. */
export function ClinicianDialog(props: {
  editing: Clinician | 'new' | null;
  onClose(): void;
  onSaved(stored: Clinician, created: boolean): void;
  /** After a stale refusal: open the dialog again on the version someone else saved. */
  onLoadTheirs?(): void;
}) {
  const { editing, onClose, onSaved } = props;
  const [stale, setStale] = useState<StaleIssue | null>(null);
  const { t, validation } = useI18n();
  const existing = editing !== null && editing !== 'new' ? editing : null;
  const [problem, setProblem] = useState<FormActionsProps['problem']>(null);
  const { control, handleSubmit, setError, formState } = useForm<ClinicianForm>({
    defaultValues: {
      name: existing?.name ?? '',
      title: existing?.title ?? '',
      phone: existing?.phone ?? '',
      active: existing?.active ?? true,
    },
    resolver: zodResolver(ClinicianForm),
    mode: 'onTouched',
  });
  // Clinicians appear in the diary, the checklist and the working hours: every domain re-reads.
  const create = useApiMutation('clinicians:create');
  const update = useApiMutation('clinicians:update');

  const submit = handleSubmit(
    async (values) => {
      setProblem(null);
      try {
        const stored = existing
          ? await update.mutateAsync({ id: existing.id, version: existing.version, clinician: values })
          : await create.mutateAsync(values);
        onSaved(stored, !existing);
      } catch (error) {
        setStale(staleIssue(error));
        if (staleIssue(error)) return;
        if (!applyServerIssues(error, setError, validation, CLINICIAN_FIELDS)) setProblem({ kind: 'failed', error });
      }
    },
    () => setProblem({ kind: 'fields' }),
  );

  const field = (name: 'name' | 'title' | 'phone', label: string, hint = ' ', extra: object = {}) => (
    <Controller
      control={control}
      name={name}
      render={({ field: f, fieldState }) => (
        <TextField
          {...withoutRef(f)}
          inputRef={f.ref}
          label={label}
          error={fieldState.error !== undefined}
          helperText={fieldState.error?.message ? validation(fieldState.error.message) : hint}
          autoComplete="off"
          {...extra}
        />
      )}
    />
  );

  return (
    <Dialog open={editing !== null} onClose={onClose} aria-labelledby="clinician-dialog-title" maxWidth="sm" fullWidth>
      <Box
        component="form"
        noValidate
        onSubmit={(e) => {
          e.stopPropagation();
          void submit(e);
        }}
      >
        <DialogTitle id="clinician-dialog-title">
          {t(existing ? 'clinicians.dialogEdit' : 'clinicians.dialogAdd')}
        </DialogTitle>
        <DialogContent>
          <StaleNotice issue={stale} onLoadTheirs={() => props.onLoadTheirs?.()} />
          <Stack spacing={1} sx={{ pt: 1 }}>
            {field('name', t('field.clinicianName'), ' ', { autoFocus: true })}
            {field('title', t('field.clinicianTitle'), t('field.clinicianTitleHint'))}
            {field('phone', t('field.clinicianPhone'), ' ', {
              type: 'tel',
              slotProps: { htmlInput: { inputMode: 'tel' } },
            })}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2, display: 'block' }}>
          <FormActions
            saving={formState.isSubmitting}
            onCancel={onClose}
            problem={problem}
            fixFieldsText={t('childForm.fixFields')}
            saveFailedText={t('childForm.saveFailed')}
          />
        </DialogActions>
      </Box>
    </Dialog>
  );
}
