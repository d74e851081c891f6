import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

export type FormTextFieldProps<T extends FieldValues, TOut> = Omit<
  TextFieldProps,
  'name' | 'value' | 'onChange' | 'onBlur' | 'inputRef' | 'error' | 'helperText' | 'label'
> & {
  control: Control<T, unknown, TOut>;
  name: FieldPath<T>;
  label: string;
  /** A message key (the schema's or main's) as a sentence. */
  message(key: string): string;
  /** Shown under the field while it has no error. */
  hint?: string | undefined;
};

/**
 * A text field bound to a react-hook-form field: its value, its error (a message key, said by
 * `message`) under it, or the hint. The input element gets the form's ref, so a refusal from
 * main focuses the field it names.
 */
export function FormTextField<T extends FieldValues, TOut>({
  control,
  name,
  label,
  message,
  hint,
  ...rest
}: FormTextFieldProps<T, TOut>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          autoComplete="off"
          {...rest}
          label={label}
          name={field.name}
          value={(field.value as string | undefined) ?? ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          error={fieldState.error !== undefined}
          helperText={fieldState.error?.message ? message(fieldState.error.message) : hint}
        />
      )}
    />
  );
}
