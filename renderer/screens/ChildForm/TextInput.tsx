import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { Controller, type Control, type FieldPath } from 'react-hook-form';
import type { PatientInput } from '../../../shared/contract';
import type { FormValues } from './form-values';

interface Props {
  control: Control<FormValues, unknown, PatientInput>;
  name: FieldPath<FormValues>;
  label: string;
  /** A message key (the schema's or main's) as a sentence. */
  message(key: string): string;
  /** Shown under the field when it has no error (a space keeps the rows aligned). */
  hint?: string | undefined;
  /** Overrides the field's own error: a key, or null for none (the "no contact" rule is said from the values). */
  errorKey?: string | null | undefined;
  extra?: Partial<TextFieldProps>;
}

/** A text field of the child form, bound to the form's state; its error is shown under it. */
export function TextInput({ control, name, label, message, hint, errorKey, extra }: Props) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const key = errorKey === undefined ? fieldState.error?.message : (errorKey ?? undefined);
        return (
          <TextField
            label={label}
            name={field.name}
            value={field.value as string}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            error={key !== undefined}
            helperText={key !== undefined ? message(key) : (hint ?? ' ')}
            autoComplete="off"
            {...extra}
          />
        );
      }}
    />
  );
}
