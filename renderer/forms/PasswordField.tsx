import TextField, { type TextFieldProps } from '@mui/material/TextField';
import type { FieldValues } from 'react-hook-form';
import { FormTextField, type FormTextFieldProps } from './FormTextField';

/**
 * What the browser (and a password manager) may do with the field: offer the saved password
 * (`current-password`), offer to save a new one (`new-password`), or neither (`off`: a password
 * that is not this app's, such as the database server owner's). Each password field says which.
 */
export type PasswordAutoComplete = 'current-password' | 'new-password' | 'off';

export type PasswordFieldProps = Omit<TextFieldProps, 'type' | 'autoComplete'> & {
  autoComplete: PasswordAutoComplete;
};

/** A password input held in a screen's own state (sign-in, lock, first run, recovery, reset). */
export function PasswordField({ autoComplete, ...rest }: PasswordFieldProps) {
  return <TextField {...rest} type="password" autoComplete={autoComplete} />;
}

export type FormPasswordFieldProps<T extends FieldValues, TOut> = Omit<
  FormTextFieldProps<T, TOut>,
  'type' | 'autoComplete'
> & { autoComplete: PasswordAutoComplete };

/** A password input bound to a react-hook-form field, its error message under it (see FormTextField). */
export function FormPasswordField<T extends FieldValues, TOut>({
  autoComplete,
  ...rest
}: FormPasswordFieldProps<T, TOut>) {
  return <FormTextField {...rest} type="password" autoComplete={autoComplete} />;
}
