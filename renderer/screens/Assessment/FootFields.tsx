import Box from '@mui/material/Box';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { DegreeMethod, type Flexibility, type FootSide } from '../../../shared/contract';
import { useI18n } from '../../i18n';
import { errorText, type AssessmentValues } from './assessment-values';

const DEGREES = [0, 1, 2, 3, 4] as const;
const FLEXIBILITY: {
  value: Flexibility;
  key: 'assess.flexibleYes' | 'assess.flexibleNo' | 'assess.flexibleUnknown';
}[] = [
  { value: 'yes', key: 'assess.flexibleYes' },
  { value: 'no', key: 'assess.flexibleNo' },
  { value: 'unknown', key: 'assess.flexibleUnknown' },
];

/** The first button of a segmented control: where the focus goes when the choice is missing. */
const firstButton = (el: HTMLElement | null) => el?.querySelector('button') ?? null;

/** One foot: degree (segmented), how it was established, flexibility, and the measured heel angle. */
export function FootFields({ side }: { side: FootSide }) {
  const { t, validation } = useI18n();
  const { control, getValues, setValue } = useFormContext<AssessmentValues>();
  const degree = useWatch({ control, name: `${side}.degree` });
  const id = (part: string) => `${side}-${part}`;
  const noValgus = degree === 0;
  const other: FootSide = side === 'left' ? 'right' : 'left';

  return (
    <Paper
      component="fieldset"
      variant="outlined"
      aria-labelledby={id('legend')}
      sx={{ m: 0, p: 3, pt: 2.5, minWidth: 0 }}
    >
      <Typography component="legend" id={id('legend')} variant="h3" sx={{ p: 0, mb: 2, float: 'left' }}>
        {t(`foot.${side}`)}
      </Typography>
      <Stack spacing={2.5} sx={{ clear: 'both' }}>
        <Controller
          control={control}
          name={`${side}.degree`}
          render={({ field, fieldState }) => {
            const error = errorText(validation, fieldState.error?.message, field.name);
            return (
              <Box>
                <FormLabel
                  id={id('degree-label')}
                  error={error !== undefined}
                  sx={{ display: 'block', mb: 0.75, fontSize: '0.875rem' }}
                >
                  {t('field.degree')}
                </FormLabel>
                <ToggleButtonGroup
                  exclusive
                  fullWidth
                  color="primary"
                  value={field.value}
                  onChange={(_e, value: number | null) => {
                    if (value === null) return;
                    field.onChange(value);
                    field.onBlur();
                  }}
                  aria-labelledby={id('degree-label')}
                  aria-describedby={error ? id('degree-error') : undefined}
                  sx={
                    error ? { '& .MuiToggleButton-root:not(.Mui-selected)': { borderColor: 'error.main' } } : undefined
                  }
                  ref={(el: HTMLElement | null) => field.ref(firstButton(el))}
                >
                  {DEGREES.map((d) => (
                    <ToggleButton key={d} value={d} sx={{ px: 1 }}>
                      {d === 0 ? t('assess.degreeNone') : d}
                    </ToggleButton>
                  ))}
                </ToggleButtonGroup>
                <FormHelperText id={id('degree-error')} error={error !== undefined}>
                  {error ?? ' '}
                </FormHelperText>
              </Box>
            );
          }}
        />

        <Controller
          control={control}
          name={`${side}.method`}
          render={({ field, fieldState }) => {
            const error = noValgus ? undefined : errorText(validation, fieldState.error?.message, field.name);
            return (
              <TextField
                select
                label={t('field.method')}
                name={field.name}
                value={noValgus ? '' : field.value}
                disabled={noValgus}
                onChange={(e) => {
                  const method = e.target.value as DegreeMethod;
                  field.onChange(method);
                  // The same method is usual for both feet: fill the other foot's when it is still empty.
                  if (getValues(`${other}.method`) === '') setValue(`${other}.method`, method, { shouldDirty: true });
                }}
                onBlur={field.onBlur}
                error={error !== undefined}
                helperText={error ?? (noValgus ? ' ' : t('assess.methodHint'))}
                inputRef={field.ref}
                slotProps={{ select: { MenuProps: { disableScrollLock: true } } }}
              >
                {DegreeMethod.options.map((m) => (
                  <MenuItem key={m} value={m}>
                    {t(`method.${m}`)}
                  </MenuItem>
                ))}
              </TextField>
            );
          }}
        />

        <Controller
          control={control}
          name={`${side}.flexible`}
          render={({ field }) => (
            <Box>
              <FormLabel id={id('flexible-label')} sx={{ display: 'block', mb: 0.75, fontSize: '0.875rem' }}>
                {t('field.flexible')}
              </FormLabel>
              <ToggleButtonGroup
                exclusive
                fullWidth
                color="primary"
                value={field.value}
                onChange={(_e, value: Flexibility | null) => value && field.onChange(value)}
                aria-labelledby={id('flexible-label')}
                ref={(el: HTMLElement | null) => field.ref(firstButton(el))}
              >
                {FLEXIBILITY.map((f) => (
                  <ToggleButton key={f.value} value={f.value}>
                    {t(f.key)}
                  </ToggleButton>
                ))}
              </ToggleButtonGroup>
            </Box>
          )}
        />

        <Controller
          control={control}
          name={`${side}.heelAngle`}
          render={({ field, fieldState }) => {
            const error = errorText(validation, fieldState.error?.message, field.name);
            return (
              <TextField
                label={t('field.heelAngle')}
                name={field.name}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={error !== undefined}
                helperText={error ?? ' '}
                autoComplete="off"
                inputRef={field.ref}
                sx={{ maxWidth: 220 }}
                slotProps={{
                  htmlInput: { inputMode: 'decimal' },
                  input: { endAdornment: <InputAdornment position="end">°</InputAdornment> },
                }}
              />
            );
          }}
        />
      </Stack>
    </Paper>
  );
}
