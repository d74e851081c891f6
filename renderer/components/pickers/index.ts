export { DateField, type DateFieldProps } from './DateField';
export { TimeField, type TimeFieldProps } from './TimeField';
export { PickersProvider } from './PickersProvider';
export { INVALID_DATE, INVALID_TIME, shortcutDate, type DateShortcut } from './date-value';
