import type { Ref } from 'react';
import { TimePicker } from '@mui/x-date-pickers/TimePicker';
import { useI18n } from '../../i18n';
import { clockOf, timeOf, textFieldProps, usesAmPm } from './date-value';

export interface TimeFieldProps {
  label: string;
  /** HH:MM (24-hour), '' when empty, or INVALID_TIME while the typed text is not a time. */
  value: string;
  onChange(value: string): void;
  onBlur?(): void;
  name?: string;
  error?: boolean;
  helperText?: string | undefined;
  required?: boolean;
  disabled?: boolean;
  /** Minutes between the times the list offers. */
  step?: number;
  inputRef?: Ref<HTMLInputElement>;
  size?: 'small' | 'medium';
  fullWidth?: boolean;
}

/** A wall-clock time in the locale's own clock (09:30 in Russian and British English, 9:30 AM in US English). */
export function TimeField(props: TimeFieldProps) {
  const { locale } = useI18n();
  const ampm = usesAmPm(locale);
  return (
    <TimePicker
      label={props.label}
      value={clockOf(props.value)}
      onChange={(time) => props.onChange(timeOf(time))}
      ampm={ampm}
      format={ampm ? 'hh:mm A' : 'HH:mm'}
      minutesStep={props.step ?? 5}
      timeSteps={{ minutes: props.step ?? 5 }}
      disabled={props.disabled ?? false}
      inputRef={props.inputRef}
      slotProps={{
        textField: textFieldProps(props),
      }}
    />
  );
}
