import type { Ref } from 'react';
import { Controller, type Control, type FieldError } from 'react-hook-form';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { DateField, TimeField } from '../../components/pickers';
import { useT } from '../../i18n';
import type { VisitOutput, VisitValues } from './visit-form';

/** A field's message in words, or undefined; `empty` says "required" rather than "not a date". */
export type FieldMessage = (error: { message?: string | undefined } | undefined, empty: boolean) => string | undefined;

/** When and how long: the date (with today / in 2 / in 6 weeks), the time in 5-minute steps, the length. */
export function VisitWhenFields(props: {
  control: Control<VisitValues, unknown, VisitOutput>;
  message: FieldMessage;
  onFieldChange(): void;
  autoFocusDate: boolean;
}) {
  const t = useT();
  /** What both pickers take from their field: value, change (telling the dialog), blur, error. */
  const bind = (
    field: { name: string; value: string; onChange(v: string): void; onBlur(): void; ref: Ref<HTMLInputElement> },
    fieldState: { error?: FieldError | undefined },
  ) => ({
    name: field.name,
    value: field.value,
    onChange: (v: string) => {
      field.onChange(v);
      props.onFieldChange();
    },
    onBlur: field.onBlur,
    inputRef: field.ref,
    error: !!fieldState.error,
    helperText: props.message(fieldState.error, field.value === '') ?? ' ',
  });
  return (
    <Stack direction="row" spacing={2}>
      <Controller
        control={props.control}
        name="start.date"
        render={({ field, fieldState }) => (
          <DateField
            label={t('diary.field.date')}
            {...bind(field, fieldState)}
            shortcuts={['today', 'in2weeks', 'in6weeks']}
            autoFocus={props.autoFocusDate}
          />
        )}
      />
      <Controller
        control={props.control}
        name="start.time"
        render={({ field, fieldState }) => (
          <TimeField label={t('diary.field.time')} {...bind(field, fieldState)} step={5} />
        )}
      />
      <Controller
        control={props.control}
        name="durationMinutes"
        render={({ field, fieldState }) => (
          <TextField
            type="number"
            label={t('diary.field.duration')}
            name={field.name}
            value={Number.isNaN(field.value) ? '' : String(field.value)}
            onChange={(e) => {
              field.onChange(e.target.value.trim() === '' ? NaN : Number(e.target.value));
              props.onFieldChange();
            }}
            onBlur={field.onBlur}
            inputRef={field.ref}
            error={!!fieldState.error}
            helperText={props.message(fieldState.error, Number.isNaN(field.value)) ?? t('diary.field.minutes')}
            slotProps={{ htmlInput: { min: 5, max: 480, step: 5 } }}
            sx={{ minWidth: 110, maxWidth: 130 }}
          />
        )}
      />
    </Stack>
  );
}
