import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { localToday, type AffectedBooking, type ClosedDay, type Clinician } from '../../../../shared/contract';
import { useNotifier } from '../../../components/Notifier';
import { DateField } from '../../../components/pickers';
import { useApiMutation } from '../../../data';
import { describeError } from '../../../errors';
import { applyServerIssues } from '../../../forms';
import { useI18n } from '../../../i18n';
import { paths, useRouter } from '../../../router';
import { clinicianName, diaryValidation, useDiaryFormat } from '../../Diary/format';
import { useReportDirty } from '../settings-dirty';
import { withoutRef } from '../form-model';
import { closedValues, ClosedDaysForm, type ClosedDaysOutput, type ClosedDaysValues } from './closed-days-model';

/** Holidays and leave: clinic-wide or one clinician, with a label. Saving lists the bookings they hit. */
export function ClosedDays({ clinicians, closedDays }: { clinicians: Clinician[]; closedDays: ClosedDay[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const fmt = useDiaryFormat();
  const { navigate } = useRouter();
  const { notify } = useNotifier();
  const [failure, setFailure] = useState<unknown>(null);
  const [affected, setAffected] = useState<AffectedBooking[] | null>(null);
  const { control, handleSubmit, reset, setError, setValue, getValues, formState } = useForm<
    ClosedDaysValues,
    unknown,
    ClosedDaysOutput
  >({ defaultValues: closedValues(closedDays), resolver: zodResolver(ClosedDaysForm) });
  const { fields, append, remove } = useFieldArray({ control, name: 'items' });
  const save = useApiMutation('diary:closed-days:set');
  useReportDirty('closed', formState.isDirty);

  const storedText = JSON.stringify(closedDays);
  useEffect(() => {
    if (!formState.isDirty) reset(closedValues(JSON.parse(storedText) as ClosedDay[]));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when what main holds changes
  }, [storedText, reset]);

  const submit = handleSubmit(async (input) => {
    setFailure(null);
    try {
      const result = await save.mutateAsync(input);
      reset(closedValues(result.closedDays));
      setAffected(result.affected);
      notify(t('diarySetup.closed.saved'));
    } catch (error) {
      if (!applyServerIssues(error, setError, (key) => diaryValidation(i18n, key), ['items'])) setFailure(error);
    }
  });
  const message = (key: string | undefined) => (key === undefined ? undefined : diaryValidation(i18n, key));

  return (
    <Stack spacing={2} component="form" noValidate onSubmit={(e) => void submit(e)}>
      {fields.length === 0 ? (
        <Box sx={{ py: 2.5, px: 2, textAlign: 'center', bgcolor: 'action.hover', borderRadius: 1 }}>
          <Typography sx={{ color: 'text.secondary' }}>{t('diarySetup.closed.empty')}</Typography>
        </Box>
      ) : (
        <Box component="ul" aria-label={t('diarySetup.closed.listLabel')} sx={{ m: 0, p: 0, listStyle: 'none' }}>
          {fields.map((f, i) => (
            <Box
              component="li"
              key={f.id}
              aria-label={t('diarySetup.closed.itemLabel', { n: i + 1 })}
              sx={{
                display: 'grid',
                gridTemplateColumns: { xs: '1fr', sm: '190px 190px 1fr' },
                columnGap: 1.5,
                rowGap: 2,
                py: 2,
                borderBottom: 1,
                borderColor: 'divider',
                position: 'relative',
                pr: 5,
              }}
            >
              <Controller
                control={control}
                name={`items.${i}.from`}
                render={({ field, fieldState }) => (
                  <DateField
                    label={t('diarySetup.closed.from')}
                    value={field.value}
                    onChange={(from) => {
                      field.onChange(from);
                      const to = getValues(`items.${i}.to`);
                      if (/^\d{4}-\d{2}-\d{2}$/.test(from) && to < from) setValue(`items.${i}.to`, from);
                    }}
                    onBlur={field.onBlur}
                    inputRef={field.ref}
                    name={field.name}
                    error={fieldState.error !== undefined}
                    helperText={message(fieldState.error?.message)}
                    size="small"
                  />
                )}
              />
              <Controller
                control={control}
                name={`items.${i}.to`}
                render={({ field, fieldState }) => (
                  <DateField
                    label={t('diarySetup.closed.to')}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    inputRef={field.ref}
                    name={field.name}
                    error={fieldState.error !== undefined}
                    helperText={message(fieldState.error?.message)}
                    size="small"
                  />
                )}
              />
              <Controller
                control={control}
                name={`items.${i}.clinicianId`}
                render={({ field }) => (
                  <TextField
                    select
                    size="small"
                    label={t('diarySetup.closed.who')}
                    value={field.value ?? 0}
                    onChange={(e) => field.onChange(Number(e.target.value) || null)}
                  >
                    <MenuItem value={0}>{t('diarySetup.closed.wholeClinic')}</MenuItem>
                    {clinicians
                      .filter((c) => c.active || c.id === field.value)
                      .map((c) => (
                        <MenuItem key={c.id} value={c.id}>
                          {c.name}
                        </MenuItem>
                      ))}
                  </TextField>
                )}
              />
              <Controller
                control={control}
                name={`items.${i}.label`}
                render={({ field, fieldState }) => (
                  <TextField
                    {...withoutRef(field)}
                    value={field.value ?? ''}
                    inputRef={field.ref}
                    size="small"
                    label={t('diarySetup.closed.label')}
                    placeholder={t('diarySetup.closed.labelPlaceholder')}
                    error={fieldState.error !== undefined}
                    helperText={message(fieldState.error?.message)}
                    sx={{ gridColumn: '1 / -1' }}
                  />
                )}
              />
              <Tooltip title={t('diarySetup.closed.remove')}>
                <IconButton
                  onClick={() => remove(i)}
                  aria-label={t('diarySetup.closed.removeLabel', { n: i + 1 })}
                  sx={{ position: 'absolute', right: 0, top: 12 }}
                >
                  <DeleteIcon />
                </IconButton>
              </Tooltip>
            </Box>
          ))}
        </Box>
      )}
      {failure !== null && <Alert severity="error">{describeError(t, failure)}</Alert>}
      {affected && affected.length > 0 && (
        <Alert severity="warning" onClose={() => setAffected(null)} role="alert">
          <AlertTitle>{t('diarySetup.closed.affectedTitle', { count: affected.length })}</AlertTitle>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }} aria-label={t('diarySetup.closed.affectedLabel')}>
            {affected.map((a) => (
              <li key={a.appointmentId}>
                <Link
                  href={paths.diary({ date: a.date, clinicianId: a.clinicianId })}
                  onClick={(event) => {
                    event.preventDefault();
                    navigate(paths.diary({ date: a.date, clinicianId: a.clinicianId }));
                  }}
                >
                  {t('name.full', { first: a.firstName, last: a.lastName })}
                </Link>
                {' — '}
                {fmt.when(a.date, a.start)} · {clinicianName(clinicians, a.clinicianId)}
              </li>
            ))}
          </Box>
        </Alert>
      )}
      {affected && affected.length === 0 && (
        <Alert severity="success" onClose={() => setAffected(null)}>
          {t('diarySetup.closed.noneAffected')}
        </Alert>
      )}
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Button
          startIcon={<AddIcon />}
          onClick={() => {
            const today = localToday();
            append({ from: today, to: today, clinicianId: null, label: '' });
          }}
        >
          {t('diarySetup.closed.add')}
        </Button>
        <Box sx={{ flex: 1 }} />
        {formState.isDirty && (
          <Button color="inherit" onClick={() => reset()}>
            {t('diarySetup.discard')}
          </Button>
        )}
        <Button
          type="submit"
          variant="contained"
          disabled={formState.isSubmitting || !formState.isDirty}
          startIcon={formState.isSubmitting ? <CircularProgress size={18} color="inherit" /> : undefined}
        >
          {t('diarySetup.closed.save')}
        </Button>
      </Stack>
    </Stack>
  );
}
