import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import CopyIcon from '@mui/icons-material/ContentCopy';
import RemoveIcon from '@mui/icons-material/RemoveCircleOutlineOutlined';
import {
  toValidationIssues,
  WorkingHoursInput,
  type ClinicianHours,
  type Clinician,
} from '../../../../shared/contract';
import { addDays } from '../../../../shared/diary/dates';
import { useApi } from '../../../api-context';
import { useNotifier } from '../../../components/Notifier';
import { describeError, validationIssues } from '../../../errors';
import { useI18n } from '../../../i18n';
import { diaryValidation, useDiaryFormat } from '../../Diary/format';
import {
  addRow,
  copyMondayToWeekdays,
  editRow,
  intervalsOf,
  removeRow,
  rowsOf,
  sameWeek,
  WEEKDAYS,
  type WeekRows,
} from './hours-model';

/** A Monday: weekday `d` is `d - 1` days on, for the names. */
const A_MONDAY = '2024-01-01';

const EMPTY_WEEK: WeekRows = rowsOf([]);

function weeksOf(clinicians: Clinician[], hours: ClinicianHours[]): Record<number, WeekRows> {
  const out: Record<number, WeekRows> = {};
  for (const c of clinicians) out[c.id] = rowsOf(hours.find((h) => h.clinicianId === c.id)?.intervals ?? []);
  return out;
}

/** Each clinician's week: several intervals a day (a lunch break splits a day in two). */
export function WorkingHours(props: {
  clinicians: Clinician[];
  hours: ClinicianHours[];
  onDirty(dirty: boolean): void;
  onRefreshClinicians(): void;
}) {
  const { clinicians, hours } = props;
  const api = useApi();
  const i18n = useI18n();
  const { t } = i18n;
  const fmt = useDiaryFormat();
  const { notify } = useNotifier();
  const active = clinicians.filter((c) => c.active);
  const [chosenId, setClinicianId] = useState<number | null>(null);
  const clinicianId = chosenId ?? active[0]?.id ?? null;
  // What is stored and what is on screen, per clinician; rows keep their keys while edited.
  const [base, setBase] = useState<Record<number, WeekRows>>(() => weeksOf(clinicians, hours));
  const [drafts, setDrafts] = useState<Record<number, WeekRows>>(base);
  const [submitted, setSubmitted] = useState(false);
  const [serverIssues, setServerIssues] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const week = clinicianId === null ? null : (drafts[clinicianId] ?? base[clinicianId] ?? EMPTY_WEEK);
  const changed = (all: Record<number, WeekRows>, stored: Record<number, WeekRows>) =>
    Object.keys(all)
      .map(Number)
      .filter((id) => !sameWeek(all[id]!, stored[id] ?? {}));
  const dirtyIds = changed(drafts, base);

  const update = (next: WeekRows) => {
    if (clinicianId === null) return;
    const all = { ...drafts, [clinicianId]: next };
    setDrafts(all);
    setServerIssues({});
    props.onDirty(changed(all, base).length > 0);
  };

  if (clinicianId === null || !week) {
    return (
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography sx={{ color: 'text.secondary' }}>{t('diarySetup.hours.noClinicians')}</Typography>
        <Button size="small" onClick={props.onRefreshClinicians}>
          {t('diarySetup.checkAgain')}
        </Button>
      </Stack>
    );
  }

  const { intervals, keys } = intervalsOf(week);
  const parsed = WorkingHoursInput.safeParse({ clinicianId, intervals });
  const issues: Record<string, string> = { ...serverIssues };
  if (!parsed.success && submitted) {
    for (const issue of toValidationIssues(parsed.error)) {
      const [, index, field] = issue.path.split('.');
      const key = keys[Number(index)];
      if (key !== undefined && field) issues[`${key}.${field}`] ??= issue.message;
    }
  }
  const name = clinicians.find((c) => c.id === clinicianId)?.name ?? '';
  const dirty = dirtyIds.includes(clinicianId);

  const save = async () => {
    setSubmitted(true);
    setFailure(null);
    if (!parsed.success || saving) return;
    setSaving(true);
    try {
      const saved = await api.call('diary:hours:set', parsed.data);
      const rows = rowsOf(saved.intervals);
      const nextBase = { ...base, [clinicianId]: rows };
      const nextDrafts = { ...drafts, [clinicianId]: rows };
      setBase(nextBase);
      setDrafts(nextDrafts);
      setSubmitted(false);
      props.onDirty(changed(nextDrafts, nextBase).length > 0);
      notify(t('diarySetup.hours.saved', { name }));
    } catch (error) {
      const mapped: Record<string, string> = {};
      for (const issue of validationIssues(error) ?? []) {
        const [, index, field] = issue.path.split('.');
        const key = keys[Number(index)];
        if (key !== undefined && field) mapped[`${key}.${field}`] ??= issue.message;
      }
      setServerIssues(mapped);
      if (!Object.keys(mapped).length) setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <TextField
          select
          size="small"
          label={t('diary.field.clinician')}
          value={clinicianId}
          onChange={(e) => {
            setClinicianId(Number(e.target.value));
            setSubmitted(false);
            setServerIssues({});
            setFailure(null);
          }}
          sx={{ width: 280 }}
          slotProps={{ select: { onOpen: props.onRefreshClinicians } }}
        >
          {active.map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {c.name}
              {dirtyIds.includes(c.id) ? ` · ${t('diarySetup.unsaved')}` : ''}
            </MenuItem>
          ))}
        </TextField>
        <Box sx={{ flex: 1 }} />
        <Button
          size="small"
          startIcon={<CopyIcon />}
          onClick={() => update(copyMondayToWeekdays(week))}
          disabled={(week[1] ?? []).length === 0}
        >
          {t('diarySetup.hours.copyMonday')}
        </Button>
      </Stack>
      <Box
        role="group"
        aria-label={t('diarySetup.hours.weekLabel', { name })}
        sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}
      >
        {WEEKDAYS.map((d) => {
          const day = fmt.weekdayLong(addDays(A_MONDAY, d - 1));
          const dayName = day.charAt(0).toLocaleUpperCase() + day.slice(1);
          const rows = week[d] ?? [];
          return (
            <Box
              key={d}
              role="group"
              aria-label={dayName}
              sx={{
                display: 'flex',
                alignItems: 'flex-start',
                gap: 2,
                px: 2,
                py: 1.25,
                borderBottom: 1,
                borderColor: 'divider',
                '&:last-of-type': { borderBottom: 0 },
                bgcolor: d >= 6 ? 'action.hover' : undefined,
              }}
            >
              <Typography sx={{ width: 130, flexShrink: 0, fontWeight: 600, pt: 0.75 }}>{dayName}</Typography>
              <Stack spacing={1} sx={{ flex: 1 }}>
                {rows.length === 0 && (
                  <Typography sx={{ color: 'text.secondary', pt: 0.75 }}>{t('diarySetup.hours.dayOff')}</Typography>
                )}
                {rows.map((r, n) => {
                  const startIssue = issues[`${r.key}.start`];
                  const endIssue = issues[`${r.key}.end`];
                  const message = startIssue ?? endIssue;
                  return (
                    <Box key={r.key}>
                      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                        <TextField
                          type="time"
                          size="small"
                          value={r.start}
                          onChange={(e) => update(editRow(week, d, r.key, { start: e.target.value }))}
                          error={startIssue !== undefined}
                          slotProps={{
                            htmlInput: {
                              step: 300,
                              'aria-label': t('diarySetup.hours.from', { day: dayName, n: n + 1 }),
                            },
                          }}
                          sx={{ width: 150 }}
                        />
                        <Typography aria-hidden>–</Typography>
                        <TextField
                          type="time"
                          size="small"
                          value={r.end}
                          onChange={(e) => update(editRow(week, d, r.key, { end: e.target.value }))}
                          error={endIssue !== undefined}
                          slotProps={{
                            htmlInput: {
                              step: 300,
                              'aria-label': t('diarySetup.hours.to', { day: dayName, n: n + 1 }),
                            },
                          }}
                          sx={{ width: 150 }}
                        />
                        <Tooltip title={t('diarySetup.hours.remove')}>
                          <IconButton
                            size="small"
                            onClick={() => update(removeRow(week, d, r.key))}
                            aria-label={t('diarySetup.hours.removeLabel', { day: dayName, n: n + 1 })}
                          >
                            <RemoveIcon fontSize="small" />
                          </IconButton>
                        </Tooltip>
                      </Stack>
                      {message && (
                        <Typography variant="caption" sx={{ color: 'error.main' }} role="alert">
                          {diaryValidation(i18n, message)}
                        </Typography>
                      )}
                    </Box>
                  );
                })}
              </Stack>
              <Button
                size="small"
                startIcon={<AddIcon />}
                onClick={() => update(addRow(week, d))}
                aria-label={t('diarySetup.hours.addLabel', { day: dayName })}
                sx={{ flexShrink: 0 }}
              >
                {t('diarySetup.hours.add')}
              </Button>
            </Box>
          );
        })}
      </Box>
      {failure !== null && <Alert severity="error">{describeError(t, failure)}</Alert>}
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
        {dirty && (
          <Button
            color="inherit"
            onClick={() => {
              const rest = { ...drafts, [clinicianId]: base[clinicianId] ?? {} };
              setDrafts(rest);
              setSubmitted(false);
              setServerIssues({});
              props.onDirty(changed(rest, base).length > 0);
            }}
          >
            {t('diarySetup.discard')}
          </Button>
        )}
        <Button
          variant="contained"
          onClick={() => void save()}
          disabled={saving || !dirty}
          startIcon={saving ? <CircularProgress size={18} color="inherit" /> : undefined}
        >
          {t('diarySetup.hours.save', { name })}
        </Button>
      </Stack>
    </Stack>
  );
}
