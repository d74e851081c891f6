export { FormActions, type FormActionsProps } from './FormActions';
export { applyServerIssues } from './server-errors';
export { useSaveShortcut } from './useSaveShortcut';
export { FormTextField, type FormTextFieldProps } from './FormTextField';
export {
  FormPasswordField,
  PasswordField,
  type FormPasswordFieldProps,
  type PasswordAutoComplete,
  type PasswordFieldProps,
} from './PasswordField';
