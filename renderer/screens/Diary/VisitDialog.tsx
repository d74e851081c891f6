import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type {
  AppointmentType,
  BookingResult,
  BookingWarning,
  Clinician,
  PatientSummary,
} from '../../../shared/contract';
import { CallFailed } from '../../api';
import { staleIssue, staleText } from '../../components/StaleNotice';
import { applyServerIssues, FormActions } from '../../forms';
import { isMod } from '../../hooks/shortcuts';
import { useI18n } from '../../i18n';
import { ChildPicker } from './ChildPicker';
import { FreeSlots } from './FreeSlots';
import { clinicianName, diaryValidation, typeName } from './format';
import { unexpected } from './prechecks';
import type { VisitSaver } from './useVisitSaver';
import { VisitWhenFields, type FieldMessage } from './VisitWhenFields';
import {
  initialValues,
  moveInput,
  VISIT_FIELDS,
  VisitSchema,
  type VisitDraft,
  type VisitOutput,
  type VisitValues,
} from './visit-form';

export type { VisitDraft } from './visit-form';
export { warningText } from './warnings';

interface Props {
  draft: VisitDraft | null;
  clinicians: Clinician[];
  types: AppointmentType[];
  saver: VisitSaver;
  onClose(): void;
  /** Main stored the visit; `unasked` are its warnings nobody was asked about before (another desk). */
  onSaved(result: BookingResult, kind: VisitDraft['kind'], unasked: BookingWarning[]): void;
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

type Failure = { kind: 'conflict' | 'refused'; message: string } | { kind: 'failed'; error: unknown };

function VisitForm({ draft, clinicians, types, saver, onClose, onSaved }: Props & { draft: VisitDraft }) {
  const i18n = useI18n();
  const { t } = i18n;
  const moving = draft.kind === 'move' ? draft.appointment : null;
  const [child, setChild] = useState<PatientSummary | null>(draft.kind === 'create' ? (draft.child ?? null) : null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const form = useForm<VisitValues, unknown, VisitOutput>({
    resolver: zodResolver(VisitSchema),
    defaultValues: initialValues(draft, clinicians, types),
  });
  const { control, handleSubmit, setValue, getFieldState, formState } = form;
  const [clinicianId, date, time, minutes] = useWatch({
    control,
    name: ['clinicianId', 'start.date', 'start.time', 'durationMinutes'],
  });
  const clinicianChoices = clinicians.filter((c) => c.active || c.id === moving?.clinicianId);
  const typeChoices = types.filter((x) => x.active || x.id === moving?.typeId);

  /** A field's message: main's or the contract's key in words ('' where the field is empty: required). */
  const message: FieldMessage = (error, empty) => {
    if (!error?.message) return undefined;
    if (error.message.includes(' ')) return error.message; // already a sentence (main's)
    return diaryValidation(i18n, empty ? 'required' : error.message);
  };

  const save = handleSubmit(async (values) => {
    setFailure(null);
    const childName = moving
      ? t('name.full', { first: moving.patient.firstName, last: moving.patient.lastName })
      : child
        ? t('name.full', { first: child.firstName, last: child.lastName })
        : '';
    try {
      const asked = await saver.confirm(
        { id: moving?.id ?? null, ...values, date: values.start.date, time: values.start.time },
        { child: childName, clinician: clinicianName(clinicians, values.clinicianId) },
      );
      if (asked === null) return; // "Change time": nothing stored, the form stays open.
      const result = moving
        ? await saver.move(moveInput(moving.id, moving.version, values))
        : await saver.create({ ...values, recallId: null });
      onSaved(result, draft.kind, unexpected(result.warnings, asked));
      onClose();
    } catch (error) {
      const stale = staleIssue(error);
      if (stale) {
        // Someone changed this visit since the dialog opened: said in words; what was chosen stays.
        setFailure({ kind: 'conflict', message: staleText(i18n, stale) });
      } else if (error instanceof CallFailed && error.error.code === 'CONFLICT') {
        setFailure({ kind: 'conflict', message: error.error.message });
      } else if (
        applyServerIssues(error, form.setError, (key) => diaryValidation(i18n, key), VISIT_FIELDS) &&
        Object.keys(form.formState.errors).length === 0
      ) {
        // VALIDATION without a field (a time the clocks skip): main's sentence says what to change.
        setFailure({ kind: 'refused', message: error instanceof CallFailed ? error.error.message : '' });
      } else if (!(error instanceof CallFailed && error.error.code === 'VALIDATION')) {
        setFailure({ kind: 'failed', error });
      }
    }
  });

  const onFieldChange = () => failure?.kind !== 'failed' && setFailure(null);
  const who = moving ? t('name.full', { first: moving.patient.firstName, last: moving.patient.lastName }) : '';
  const hasErrors = Object.keys(formState.errors).length > 0;
  return (
    <Box
      component="form"
      noValidate
      onSubmit={(event) => {
        event.stopPropagation();
        void save(event);
      }}
      onKeyDown={(event) => {
        if (isMod(event.nativeEvent, 'enter')) {
          event.preventDefault();
          void save();
        }
      }}
    >
      <DialogTitle id="visit-dialog-title">
        {moving ? t('diary.visit.editTitle', { name: who }) : t('diary.visit.newTitle')}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={1} sx={{ pt: 1 }}>
          {!moving && (
            <Controller
              control={control}
              name="patientId"
              render={({ fieldState }) => (
                <ChildPicker
                  value={child}
                  onChange={(c) => {
                    setChild(c);
                    setValue('patientId', c?.id ?? 0, { shouldValidate: formState.isSubmitted, shouldDirty: true });
                    onFieldChange();
                  }}
                  error={fieldState.error ? t('validation.required') : undefined}
                  autoFocus={!child}
                />
              )}
            />
          )}
          <Stack direction="row" spacing={2}>
            <Controller
              control={control}
              name="clinicianId"
              render={({ field, fieldState }) => (
                <TextField
                  select
                  fullWidth
                  label={t('diary.field.clinician')}
                  value={field.value || ''}
                  onChange={(e) => {
                    field.onChange(Number(e.target.value));
                    onFieldChange();
                  }}
                  inputRef={field.ref}
                  error={!!fieldState.error}
                  helperText={message(fieldState.error, !field.value) ?? ' '}
                >
                  {clinicianChoices.map((c) => (
                    <MenuItem key={c.id} value={c.id}>
                      {c.name}
                    </MenuItem>
                  ))}
                </TextField>
              )}
            />
            <Controller
              control={control}
              name="typeId"
              render={({ field, fieldState }) => (
                <TextField
                  select
                  fullWidth
                  label={t('diary.field.type')}
                  value={field.value || ''}
                  onChange={(e) => {
                    const id = Number(e.target.value);
                    field.onChange(id);
                    const type = types.find((x) => x.id === id);
                    if (type && !getFieldState('durationMinutes').isDirty) {
                      setValue('durationMinutes', type.durationMinutes);
                    }
                    onFieldChange();
                  }}
                  inputRef={field.ref}
                  error={!!fieldState.error}
                  helperText={message(fieldState.error, !field.value) ?? ' '}
                >
                  {typeChoices.map((x) => (
                    <MenuItem key={x.id} value={x.id}>
                      {typeName(t, x)}
                    </MenuItem>
                  ))}
                </TextField>
              )}
            />
          </Stack>
          <VisitWhenFields
            control={control}
            message={message}
            onFieldChange={onFieldChange}
            autoFocusDate={moving !== null}
          />
          <FreeSlots
            clinicianId={clinicianId}
            date={date}
            minutes={minutes}
            chosen={{ date, time }}
            onPick={(slot) => {
              const dirty = { shouldDirty: true, shouldValidate: formState.isSubmitted };
              setValue('start.date', slot.date, dirty);
              setValue('start.time', slot.start, dirty);
              onFieldChange();
            }}
          />
          <Controller
            control={control}
            name="note"
            render={({ field, fieldState }) => (
              <TextField
                label={t('diary.field.note')}
                {...field}
                value={field.value ?? ''}
                multiline
                minRows={2}
                error={!!fieldState.error}
                helperText={message(fieldState.error, false) ?? t('diary.field.noteHint')}
              />
            )}
          />
          {failure && failure.kind !== 'failed' && (
            <Alert severity="error" role="alert">
              <AlertTitle>
                {t(failure.kind === 'conflict' ? 'diary.visit.conflict' : 'diary.visit.notSaved')}
              </AlertTitle>
              {failure.message}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <Box sx={{ px: 3, pb: 2 }}>
        <FormActions
          saving={formState.isSubmitting}
          onCancel={onClose}
          problem={
            failure?.kind === 'failed'
              ? { kind: 'failed', error: failure.error }
              : hasErrors && formState.isSubmitted
                ? { kind: 'fields' }
                : null
          }
          fixFieldsText={t('diary.visit.fixFields')}
          saveFailedText={t('diary.visit.notSaved')}
          saveLabel={t(moving ? 'diary.visit.saveMove' : 'diary.visit.book')}
        />
      </Box>
    </Box>
  );
}
