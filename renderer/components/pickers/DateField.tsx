import type { Ref } from 'react';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import type { PickersShortcutsItem } from '@mui/x-date-pickers/PickersShortcuts';
import type { Dayjs } from 'dayjs';
import { useT } from '../../i18n';
import { useOptionalSettings } from '../../settings-context';
import { dateOf, dayOf, shortcutDate, textFieldProps, type DateShortcut } from './date-value';

export interface DateFieldProps {
  label: string;
  /** YYYY-MM-DD, '' when empty, or INVALID_DATE while the typed text is not a date. */
  value: string;
  onChange(value: string): void;
  onBlur?(): void;
  name?: string;
  error?: boolean;
  helperText?: string | undefined;
  required?: boolean;
  disabled?: boolean;
  /** Earliest and latest dates the calendar offers (YYYY-MM-DD). */
  min?: string | undefined;
  max?: string | undefined;
  shortcuts?: DateShortcut[];
  inputRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
  size?: 'small' | 'medium';
  fullWidth?: boolean;
}

/**
 * A date typed section by section (day, month, year in the clinic's order: "09.03.2026") or picked
 * from a calendar in the app's language, never the browser's own locale.
 */
export function DateField(props: DateFieldProps) {
  const t = useT();
  const format = useOptionalSettings()?.dateFormat ?? 'DD/MM/YYYY';
  const items: PickersShortcutsItem<Dayjs | null>[] = (props.shortcuts ?? []).map((s) => ({
    id: s,
    label: t(`date.shortcut.${s}`),
    getValue: () => dayOf(shortcutDate(s)),
  }));
  return (
    <DatePicker
      label={props.label}
      value={dayOf(props.value)}
      onChange={(day) => props.onChange(dateOf(day))}
      format={format}
      minDate={dayOf(props.min) ?? undefined}
      maxDate={dayOf(props.max) ?? undefined}
      disabled={props.disabled ?? false}
      autoFocus={props.autoFocus ?? false}
      inputRef={props.inputRef}
      slotProps={{
        textField: textFieldProps(props),
        shortcuts: items.length ? { items, changeImportance: 'accept' } : undefined,
        actionBar: { actions: items.length ? [] : ['today'] },
      }}
    />
  );
}
