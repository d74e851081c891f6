import { useEffect, useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { formatNumericDate, localToday } from '../../../shared/calendar';
import type { StaleIssue } from '../../../shared/contract';
import { useApi } from '../../api-context';
import { useNotifier } from '../../components/Notifier';
import { staleIssue, StaleNotice } from '../../components/StaleNotice';
import { useApiMutation } from '../../data';
import { applyServerIssues, FormActions, type FormActionsProps } from '../../forms';
import { useI18n } from '../../i18n';
import { useSettings } from '../../settings-context';
import { CLINIC_FIELDS, ClinicForm, clinicValues, countryOptions, DATE_FORMATS, withoutRef } from './form-model';
import { useReportDirty } from './settings-dirty';

/** The clinic's name, address and phone as they print, its country (for phone numbers) and date format. */
export function ClinicCard() {
  const { t, validation, locale } = useI18n();
  const { notify } = useNotifier();
  const { settings, setSettings } = useSettings();
  const [problem, setProblem] = useState<FormActionsProps['problem']>(null);
  const form = useForm<ClinicForm>({
    defaultValues: clinicValues(settings),
    resolver: zodResolver(ClinicForm),
    mode: 'onTouched',
  });
  const { control, handleSubmit, reset, setError, formState } = form;
  const update = useApiMutation('settings:update', { invalidates: ['settings'] });
  useReportDirty('clinic', formState.isDirty);
  const api = useApi();
  /** The settings version the form's values were read at: the save is based on it. */
  const [based, setBased] = useState({ on: settings, version: settings.version });
  // Settings read again while nothing is being edited: the form shows them (below), so saves build on them.
  if (based.on !== settings && !formState.isDirty) setBased({ on: settings, version: settings.version });
  const [stale, setStale] = useState<StaleIssue | null>(null);

  // Another change of settings (language, a second desk): show it where nothing is being edited.
  useEffect(() => {
    if (formState.isDirty) return;
    reset(clinicValues(settings));
  }, [settings, formState.isDirty, reset]);

  const loadTheirs = async () => {
    const fresh = await api.call('settings:get', {});
    setSettings(fresh);
    reset(clinicValues(fresh));
    setStale(null);
  };

  const countries = useMemo(() => {
    const list = countryOptions(locale);
    return list.some((c) => c.code === settings.country)
      ? list
      : [{ code: settings.country, name: settings.country }, ...list];
  }, [locale, settings.country]);
  const dateFormat = useWatch({ control, name: 'dateFormat' });

  const submit = handleSubmit(
    async (values) => {
      setProblem(null);
      try {
        const stored = await update.mutateAsync({ ...values, version: based.version });
        setSettings(stored);
        reset(clinicValues(stored));
        notify(t('common.saved'));
      } catch (error) {
        setStale(staleIssue(error));
        if (staleIssue(error)) return;
        if (!applyServerIssues(error, setError, validation, CLINIC_FIELDS)) setProblem({ kind: 'failed', error });
      }
    },
    () => setProblem({ kind: 'fields' }),
  );

  const text = (name: 'clinicName' | 'clinicAddress' | 'clinicPhone', label: string, tel = false) => (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          {...withoutRef(field)}
          inputRef={field.ref}
          label={label}
          error={fieldState.error !== undefined}
          helperText={fieldState.error?.message ? validation(fieldState.error.message) : ' '}
          autoComplete="off"
          fullWidth
          {...(tel ? { type: 'tel', slotProps: { htmlInput: { inputMode: 'tel' as const } } } : {})}
        />
      )}
    />
  );

  return (
    <Card sx={{ p: 4 }} component="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="clinic-title">
      <Typography variant="h2" id="clinic-title" sx={{ mb: 0.5 }}>
        {t('settings.clinic')}
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2.5 }}>
        {t('settings.clinicHint')}
      </Typography>
      <StaleNotice issue={stale} onLoadTheirs={() => void loadTheirs()} />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 3, rowGap: 1 }}>
        <Box sx={{ gridColumn: '1 / -1' }}>{text('clinicName', t('field.clinicName'))}</Box>
        <Box sx={{ gridColumn: '1 / -1' }}>{text('clinicAddress', t('field.clinicAddress'))}</Box>
        {text('clinicPhone', t('field.clinicPhone'), true)}
        <Controller
          control={control}
          name="country"
          render={({ field, fieldState }) => (
            <TextField
              {...withoutRef(field)}
              inputRef={field.ref}
              select
              label={t('settings.country')}
              error={fieldState.error !== undefined}
              helperText={fieldState.error?.message ? validation(fieldState.error.message) : t('settings.countryHint')}
              slotProps={{ select: { native: true } }}
            >
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </TextField>
          )}
        />
        <Controller
          control={control}
          name="dateFormat"
          render={({ field }) => (
            <TextField
              {...withoutRef(field)}
              inputRef={field.ref}
              select
              label={t('settings.dateFormat')}
              helperText={t('settings.dateFormatExample', { date: formatNumericDate(localToday(), dateFormat) })}
              slotProps={{ select: { native: true } }}
            >
              {DATE_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {f}
                </option>
              ))}
            </TextField>
          )}
        />
      </Box>
      <Box sx={{ mt: 2 }}>
        <FormActions
          saving={formState.isSubmitting}
          onCancel={() => {
            reset(clinicValues(settings));
            setProblem(null);
          }}
          problem={problem}
          fixFieldsText={t('childForm.fixFields')}
          saveFailedText={t('childForm.saveFailed')}
        />
      </Box>
    </Card>
  );
}
