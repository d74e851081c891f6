import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import {
  AppointmentInput,
  MoveInput,
  toValidationIssues,
  type Appointment,
  type AppointmentType,
  type BookingResult,
  type BookingWarning,
  type Clinician,
  type PatientSummary,
  type Slot,
} from '../../../shared/contract';
import { CallFailed } from '../../api';
import { useApi } from '../../api-context';
import { describeError, validationIssues } from '../../errors';
import { isMod, modKeys } from '../../hooks/shortcuts';
import { useI18n, type Translate } from '../../i18n';
import { ChildPicker } from './ChildPicker';
import { clinicianName, diaryValidation, typeName, useDiaryFormat, type DiaryFormat } from './format';

export type VisitDraft =
  | { kind: 'create'; date: string; time: string; clinicianId: number | null; child?: PatientSummary | null }
  | { kind: 'move'; appointment: Appointment };

type Field = 'child' | 'clinicianId' | 'typeId' | 'durationMinutes' | 'date' | 'time' | 'note';

const PATHS: Record<string, Field> = {
  patientId: 'child',
  clinicianId: 'clinicianId',
  typeId: 'typeId',
  durationMinutes: 'durationMinutes',
  'start.date': 'date',
  'start.time': 'time',
  start: 'time',
  note: 'note',
};

interface Props {
  draft: VisitDraft | null;
  clinicians: Clinician[];
  types: AppointmentType[];
  onClose(): void;
  /** Called as soon as main stored the visit (the diary reloads); warnings are then shown here. */
  onSaved(result: BookingResult, kind: VisitDraft['kind']): void;
  /** "Change time" after a booking with warnings: edit the stored visit. */
  onEdit(appointment: Appointment): void;
}

/** New visit, or change a booked one: child, clinician, type, length, date and time, note. */
export function VisitDialog(props: Props) {
  const { draft } = props;
  return (
    <Dialog
      open={draft !== null}
      onClose={props.onClose}
      aria-labelledby="visit-dialog-title"
      maxWidth="sm"
      fullWidth
      scroll="body"
    >
      {draft && (
        <VisitForm
          key={draft.kind === 'move' ? `move-${draft.appointment.id}-${draft.appointment.updatedAt}` : 'create'}
          {...props}
          draft={draft}
        />
      )}
    </Dialog>
  );
}

function defaultType(types: AppointmentType[]): AppointmentType | undefined {
  const active = types.filter((x) => x.active);
  return active.find((x) => x.code === 'follow_up') ?? active[0];
}

function VisitForm({ draft, clinicians, types, onClose, onSaved, onEdit }: Props & { draft: VisitDraft }) {
  const api = useApi();
  const i18n = useI18n();
  const { t } = i18n;
  const fmt = useDiaryFormat();
  const moving = draft.kind === 'move' ? draft.appointment : null;
  const firstType = moving ? types.find((x) => x.id === moving.typeId) : defaultType(types);
  const activeClinicians = clinicians.filter((c) => c.active || c.id === moving?.clinicianId);
  const typeChoices = types.filter((x) => x.active || x.id === moving?.typeId);

  const [child, setChild] = useState<PatientSummary | null>(draft.kind === 'create' ? (draft.child ?? null) : null);
  const [clinicianId, setClinicianId] = useState<number | ''>(
    moving?.clinicianId ??
      (draft.kind === 'create' ? (draft.clinicianId ?? activeClinicians[0]?.id ?? '') : activeClinicians[0]?.id) ??
      '',
  );
  const [typeId, setTypeId] = useState<number | ''>(firstType?.id ?? '');
  const [duration, setDuration] = useState(String(moving?.durationMinutes ?? firstType?.durationMinutes ?? 20));
  const [durationTouched, setDurationTouched] = useState(moving !== null);
  const [date, setDate] = useState(moving?.date ?? (draft.kind === 'create' ? draft.date : ''));
  const [time, setTime] = useState(moving?.start ?? (draft.kind === 'create' ? draft.time : ''));
  const [note, setNote] = useState(moving?.note ?? '');
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<Field, string>>>({});
  const [conflict, setConflict] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<BookingResult | null>(null);

  const durationNumber = duration.trim() === '' ? NaN : Number(duration);
  const start = { date, time };
  const parsed = moving
    ? MoveInput.safeParse({
        id: moving.id,
        start,
        clinicianId: clinicianId === '' ? undefined : clinicianId,
        typeId: typeId === '' ? undefined : typeId,
        durationMinutes: durationNumber,
        note,
      })
    : AppointmentInput.safeParse({
        patientId: child?.id ?? 0,
        clinicianId: clinicianId === '' ? 0 : clinicianId,
        typeId: typeId === '' ? 0 : typeId,
        start,
        durationMinutes: durationNumber,
        note,
      });
  const errors: Partial<Record<Field, string>> = {};
  if (!parsed.success) {
    for (const issue of toValidationIssues(parsed.error)) {
      const field = PATHS[issue.path];
      if (field) errors[field] ??= issue.message;
    }
    if (errors.child) errors.child = 'required';
    if (errors.date && date === '') errors.date = 'required';
    if (errors.time && time === '') errors.time = 'required';
    if (errors.durationMinutes) errors.durationMinutes = duration.trim() === '' ? 'required' : 'durationRange';
  }
  const shown = (f: Field) => {
    const key = serverErrors[f] ?? (submitted ? errors[f] : undefined);
    return key === undefined ? undefined : diaryValidation(i18n, key);
  };

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    event?.stopPropagation();
    setSubmitted(true);
    setConflict(null);
    setFailure(null);
    if (!parsed.success || saving) return;
    setSaving(true);
    try {
      const result = moving
        ? await api.call('appointments:move', parsed.data as MoveInput)
        : await api.call('appointments:create', parsed.data as AppointmentInput);
      onSaved(result, draft.kind);
      if (result.warnings.length === 0) onClose();
      else {
        setSaved(result);
        setSaving(false);
      }
    } catch (error) {
      setSaving(false);
      if (error instanceof CallFailed && error.error.code === 'CONFLICT') {
        setConflict(error.error.message);
        return;
      }
      const fields: Partial<Record<Field, string>> = {};
      for (const issue of validationIssues(error) ?? []) {
        const field = PATHS[issue.path];
        if (field) fields[field] ??= issue.message;
      }
      setServerErrors(fields);
      if (!Object.keys(fields).length) {
        setFailure(error);
        // VALIDATION without a field (a time the clocks skip): main's sentence says what to change.
        if (error instanceof CallFailed && error.error.code === 'VALIDATION') setConflict(error.error.message);
      }
    }
  };

  const clear = (f: Field) => {
    setServerErrors(({ [f]: _, ...rest }) => rest);
    setConflict(null);
  };

  if (saved) {
    const a = saved.appointment;
    const who = t('name.full', { first: a.patient.firstName, last: a.patient.lastName });
    return (
      <>
        <DialogTitle id="visit-dialog-title">{t(moving ? 'diary.visit.moved' : 'diary.visit.booked')}</DialogTitle>
        <DialogContent>
          <Typography sx={{ mb: 2 }}>
            {t('diary.visit.bookedFor', {
              name: who,
              when: fmt.when(a.date, a.start),
              clinician: clinicianName(clinicians, a.clinicianId),
            })}
          </Typography>
          <Alert severity="warning">
            <AlertTitle>{t('diary.warnings.title')}</AlertTitle>
            <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
              {saved.warnings.map((w, i) => (
                <li key={`${w.code}-${i}`}>{warningText(t, fmt, w, who, clinicianName(clinicians, a.clinicianId))}</li>
              ))}
            </Box>
          </Alert>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button color="inherit" onClick={() => onEdit(a)}>
            {t('diary.visit.changeTime')}
          </Button>
          <Button variant="contained" onClick={onClose} autoFocus>
            {t('diary.visit.keep')}
          </Button>
        </DialogActions>
      </>
    );
  }

  const who = moving ? t('name.full', { first: moving.patient.firstName, last: moving.patient.lastName }) : '';
  return (
    <Box
      component="form"
      noValidate
      onSubmit={submit}
      onKeyDown={(event) => {
        if (isMod(event.nativeEvent, 'enter')) void submit(event);
      }}
    >
      <DialogTitle id="visit-dialog-title">
        {moving ? t('diary.visit.editTitle', { name: who }) : t('diary.visit.newTitle')}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={1} sx={{ pt: 1 }}>
          {!moving && (
            <ChildPicker
              value={child}
              onChange={(c) => {
                setChild(c);
                clear('child');
              }}
              error={shown('child')}
              autoFocus={!child}
            />
          )}
          <Stack direction="row" spacing={2}>
            <TextField
              select
              label={t('diary.field.clinician')}
              value={clinicianId}
              onChange={(e) => {
                setClinicianId(Number(e.target.value));
                clear('clinicianId');
              }}
              error={shown('clinicianId') !== undefined}
              helperText={shown('clinicianId') ?? ' '}
            >
              {activeClinicians.map((c) => (
                <MenuItem key={c.id} value={c.id}>
                  {c.name}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              label={t('diary.field.type')}
              value={typeId}
              onChange={(e) => {
                const id = Number(e.target.value);
                setTypeId(id);
                const type = types.find((x) => x.id === id);
                if (type && !durationTouched) setDuration(String(type.durationMinutes));
                clear('typeId');
              }}
              error={shown('typeId') !== undefined}
              helperText={shown('typeId') ?? ' '}
            >
              {typeChoices.map((x) => (
                <MenuItem key={x.id} value={x.id}>
                  {typeName(t, x)}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
          <Stack direction="row" spacing={2}>
            <TextField
              type="date"
              label={t('diary.field.date')}
              value={date}
              onChange={(e) => {
                setDate(e.target.value);
                clear('date');
              }}
              error={shown('date') !== undefined}
              helperText={shown('date') ?? ' '}
              slotProps={{ inputLabel: { shrink: true } }}
              autoFocus={moving !== null}
            />
            <TextField
              type="time"
              label={t('diary.field.time')}
              value={time}
              onChange={(e) => {
                setTime(e.target.value);
                clear('time');
              }}
              error={shown('time') !== undefined}
              helperText={shown('time') ?? ' '}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { step: 300 } }}
            />
            <TextField
              type="number"
              label={t('diary.field.duration')}
              value={duration}
              onChange={(e) => {
                setDuration(e.target.value);
                setDurationTouched(true);
                clear('durationMinutes');
              }}
              error={shown('durationMinutes') !== undefined}
              helperText={shown('durationMinutes') ?? t('diary.field.minutes')}
              slotProps={{ htmlInput: { min: 5, max: 480, step: 5 } }}
              sx={{ maxWidth: 150 }}
            />
          </Stack>
          {clinicianId !== '' && (
            <FreeSlots
              clinicianId={clinicianId}
              date={date}
              minutes={durationNumber}
              chosen={{ date, time }}
              onPick={(slot) => {
                setDate(slot.date);
                setTime(slot.start);
                clear('time');
                clear('date');
              }}
            />
          )}
          <TextField
            label={t('diary.field.note')}
            value={note}
            onChange={(e) => {
              setNote(e.target.value);
              clear('note');
            }}
            multiline
            minRows={2}
            error={shown('note') !== undefined}
            helperText={shown('note') ?? t('diary.field.noteHint')}
          />
          {conflict !== null && (
            <Alert severity="error" role="alert">
              <AlertTitle>{t(failure ? 'diary.visit.notSaved' : 'diary.visit.conflict')}</AlertTitle>
              {conflict}
            </Alert>
          )}
          {failure !== null && conflict === null && <Alert severity="error">{describeError(t, failure)}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} color="inherit">
          {t('action.cancel')}
        </Button>
        <Button
          type="submit"
          variant="contained"
          disabled={saving}
          title={t('action.saveTooltip', { keys: modKeys('Enter') })}
          startIcon={saving ? <CircularProgress size={18} color="inherit" /> : undefined}
          sx={{ minWidth: 140 }}
        >
          {saving ? t('action.saving') : t(moving ? 'diary.visit.saveMove' : 'diary.visit.book')}
        </Button>
      </DialogActions>
    </Box>
  );
}

export function warningText(t: Translate, fmt: DiaryFormat, w: BookingWarning, child: string, clinician: string) {
  switch (w.code) {
    case 'sameChildSameDay':
      return w.start
        ? t('diary.warning.sameChildSameDayAt', { name: child, time: fmt.time(w.start) })
        : t('diary.warning.sameChildSameDay', { name: child });
    case 'outsideWorkingHours':
      return t('diary.warning.outsideWorkingHours', { clinician });
    case 'closedDay':
      return t('diary.warning.closedDay');
  }
}

/** The clinician's next free times from the chosen date: one click fills date and time. */
function FreeSlots(props: {
  clinicianId: number;
  date: string;
  minutes: number;
  chosen: { date: string; time: string };
  onPick(slot: Slot): void;
}) {
  const api = useApi();
  const { t } = useI18n();
  const fmt = useDiaryFormat();
  const { clinicianId, date, minutes } = props;
  const [slots, setSlots] = useState<Slot[] | null>(null);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date) && Number.isInteger(minutes) && minutes >= 5 && minutes <= 480;
  const key = useMemo(() => `${clinicianId}|${date}|${minutes}`, [clinicianId, date, minutes]);

  const latest = useRef({ onPick: props.onPick, time: props.chosen.time });
  useEffect(() => {
    latest.current = { onPick: props.onPick, time: props.chosen.time };
  });

  useEffect(() => {
    if (!valid) return;
    let stale = false;
    const timer = setTimeout(() => {
      api.call('slots:next', { clinicianId, from: date, durationMinutes: minutes, count: 5 }).then(
        (found) => {
          if (stale) return;
          setSlots(found);
          // No time chosen yet ("New visit"): the nearest free time is the suggestion.
          if (latest.current.time === '' && found[0]) latest.current.onPick(found[0]);
        },
        () => !stale && setSlots([]),
      );
    }, 200);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
    // `key` carries clinicianId, date and minutes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, valid, api]);

  // While another date loads, the last answer stays (no flicker).
  if (!valid || slots === null) return null;
  return (
    <Box role="group" aria-label={t('diary.freeSlots.label')} sx={{ pb: 1 }}>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 0.75 }}>
        {slots.length ? t('diary.freeSlots.title') : t('diary.freeSlots.none')}
      </Typography>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
        {slots.map((s) => {
          const same = s.date === props.chosen.date && s.start === props.chosen.time;
          return (
            <Chip
              key={`${s.date}-${s.start}`}
              label={s.date === date ? fmt.time(s.start) : fmt.when(s.date, s.start)}
              color={same ? 'primary' : 'default'}
              variant={same ? 'filled' : 'outlined'}
              onClick={() => props.onPick(s)}
            />
          );
        })}
      </Stack>
    </Box>
  );
}
