import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';

/** A number as typed (digits; '' = the default shown as placeholder), with its unit. */
export function NumberField(props: {
  label: string;
  value: string;
  onChange(value: string): void;
  unit?: string;
  placeholder?: string;
  /** Shown under the field when there is no error (e.g. "Default for the age"). */
  helper?: string;
  error?: string;
  width?: number | string;
}) {
  const { label, value, onChange, unit, placeholder, helper, error, width } = props;
  return (
    <TextField
      size="small"
      label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      placeholder={placeholder}
      error={error !== undefined}
      helperText={error ?? helper ?? ' '}
      autoComplete="off"
      sx={{ width: width ?? '100%' }}
      slotProps={{
        htmlInput: { inputMode: 'numeric' },
        inputLabel: { shrink: true },
        input: unit ? { endAdornment: <InputAdornment position="end">{unit}</InputAdornment> } : {},
      }}
    />
  );
}

/** A titled part of the plan panel. */
export function PanelSection(props: {
  id: string;
  title: string;
  hint?: string;
  action?: ReactNode;
  children: ReactNode;
}) {
  const { id, title, hint, action, children } = props;
  return (
    <Box component="section" aria-labelledby={id} sx={{ py: 2.5, borderTop: 1, borderColor: 'divider' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: hint ? 0.25 : 1.5 }}>
        <Typography variant="h3" component="h2" id={id} sx={{ flex: 1 }}>
          {title}
        </Typography>
        {action}
      </Box>
      {hint && (
        <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1.5 }}>
          {hint}
        </Typography>
      )}
      {children}
    </Box>
  );
}
