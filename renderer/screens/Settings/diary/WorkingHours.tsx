import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import CopyIcon from '@mui/icons-material/ContentCopy';
import { useForm } from 'react-hook-form';
import type { Clinician, ClinicianHours, WorkingInterval } from '../../../../shared/contract';
import { addDays } from '../../../../shared/calendar';
import { useNotifier } from '../../../components/Notifier';
import { useApiMutation } from '../../../data';
import { describeError, validationIssues } from '../../../errors';
import { useI18n } from '../../../i18n';
import { paths, useRouter } from '../../../router';
import { useDiaryFormat } from '../../Diary/format';
import { useReportDirty } from '../settings-dirty';
import { formPathOf, hoursResolver, intervalsOf, weekOf, type WeekValues } from './hours-model';
import { WeekDay } from './WeekDay';

/** A Monday: weekday `d` is `d - 1` days on, for the names. */
const A_MONDAY = '2024-01-01';

/**
 * Each active clinician's week, several intervals a day (a lunch break splits a day in two). The
 * clinicians and hours come from the query cache, so a clinician added above appears here at once.
 */
export function WorkingHours({ clinicians, hours }: { clinicians: Clinician[]; hours: ClinicianHours[] }) {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const active = clinicians.filter((c) => c.active);
  const [chosenId, setChosenId] = useState<number | null>(null);
  const clinician = active.find((c) => c.id === chosenId) ?? active[0] ?? null;
  const [dirty, setDirty] = useState(false);
  useReportDirty('hours', dirty);

  if (!clinician) {
    return (
      <Typography sx={{ color: 'text.secondary' }}>
        {t('diarySetup.hours.noClinicians')}{' '}
        <Link
          href={paths.clinicians()}
          onClick={(e) => {
            e.preventDefault();
            navigate(paths.clinicians());
          }}
        >
          {t('diarySetup.hours.addClinician')}
        </Link>
      </Typography>
    );
  }
  const stored = hours.find((h) => h.clinicianId === clinician.id)?.intervals ?? [];
  return (
    <Stack spacing={2}>
      <TextField
        select
        size="small"
        label={t('diary.field.clinician')}
        value={clinician.id}
        onChange={(e) => setChosenId(Number(e.target.value))}
        disabled={dirty}
        helperText={dirty ? t('diarySetup.hours.saveFirst') : undefined}
        sx={{ width: 320, maxWidth: '100%' }}
      >
        {active.map((c) => (
          <MenuItem key={c.id} value={c.id}>
            {c.name}
          </MenuItem>
        ))}
      </TextField>
      <WeekForm key={clinician.id} clinician={clinician} stored={stored} onDirty={setDirty} />
    </Stack>
  );
}

function WeekForm(props: { clinician: Clinician; stored: WorkingInterval[]; onDirty(dirty: boolean): void }) {
  const { clinician, stored, onDirty } = props;
  const i18n = useI18n();
  const { t } = i18n;
  const fmt = useDiaryFormat();
  const { notify } = useNotifier();
  const [failure, setFailure] = useState<unknown>(null);
  const { control, getValues, setValue, handleSubmit, reset, setError, formState } = useForm<WeekValues>({
    defaultValues: weekOf(stored),
    resolver: hoursResolver(clinician.id),
  });
  const save = useApiMutation('diary:hours:set');
  const storedText = JSON.stringify(stored);

  useEffect(() => onDirty(formState.isDirty), [formState.isDirty, onDirty]);
  useEffect(() => () => onDirty(false), [onDirty]);
  // Hours stored meanwhile (another desk, a re-read): shown unless this week is being edited.
  useEffect(() => {
    if (!formState.isDirty) reset(weekOf(JSON.parse(storedText) as WorkingInterval[]));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when what main holds changes
  }, [storedText, reset]);

  const submit = handleSubmit(async (week) => {
    setFailure(null);
    const { intervals, places } = intervalsOf(week);
    try {
      const saved = await save.mutateAsync({ clinicianId: clinician.id, intervals });
      reset(weekOf(saved.intervals));
      notify(t('diarySetup.hours.saved', { name: clinician.name }));
    } catch (error) {
      let first = true;
      for (const issue of validationIssues(error) ?? []) {
        const path = formPathOf(issue.path, places);
        if (!path) continue;
        setError(
          path as `days.${number}.intervals.${number}.start`,
          { type: 'server', message: issue.message },
          {
            shouldFocus: first,
          },
        );
        first = false;
      }
      if (first) setFailure(error);
    }
  });

  const copyMonday = () => {
    const monday = getValues('days.0.intervals');
    for (const d of [1, 2, 3, 4]) {
      setValue(
        `days.${d}.intervals`,
        monday.map((r) => ({ ...r })),
        { shouldDirty: true },
      );
    }
  };

  return (
    <Stack spacing={2} component="form" noValidate onSubmit={(e) => void submit(e)}>
      <Box sx={{ display: 'flex', justifyContent: 'flex-end' }}>
        <Button size="small" startIcon={<CopyIcon />} onClick={copyMonday}>
          {t('diarySetup.hours.copyMonday')}
        </Button>
      </Box>
      <Box
        role="group"
        aria-label={t('diarySetup.hours.weekLabel', { name: clinician.name })}
        sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}
      >
        {[0, 1, 2, 3, 4, 5, 6].map((d) => {
          const day = fmt.weekdayLong(addDays(A_MONDAY, d));
          return (
            <WeekDay
              key={d}
              control={control}
              getValues={getValues}
              index={d}
              dayName={day.charAt(0).toLocaleUpperCase() + day.slice(1)}
            />
          );
        })}
      </Box>
      {failure !== null && <Alert severity="error">{describeError(t, failure)}</Alert>}
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
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
          {t('diarySetup.hours.save', { name: clinician.name })}
        </Button>
      </Stack>
    </Stack>
  );
}
