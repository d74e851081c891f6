import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { Controller, useFormContext } from 'react-hook-form';
import { RED_FLAGS } from '../../../shared/contract';
import { useI18n } from '../../i18n';
import { errorText, type AssessmentValues } from './assessment-values';
import { Section } from './Section';

/** Red flags: one checkbox each, with what it means. */
export function RedFlagFields() {
  const { t } = useI18n();
  const { control } = useFormContext<AssessmentValues>();
  return (
    <Section title={t('assess.redFlags')} hint={t('assess.redFlagsHint')}>
      <Controller
        control={control}
        name="redFlags"
        render={({ field }) => (
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 3, rowGap: 0.5 }}>
            {RED_FLAGS.map((flag, index) => (
              <FormControlLabel
                key={flag}
                sx={{ alignItems: 'flex-start', m: 0 }}
                control={
                  <Checkbox
                    checked={field.value.includes(flag)}
                    onChange={(e) =>
                      field.onChange(RED_FLAGS.filter((f) => (f === flag ? e.target.checked : field.value.includes(f))))
                    }
                    color="error"
                    sx={{ mt: -0.75 }}
                    slotProps={{
                      input: { 'aria-describedby': `flag-${flag}-hint`, ref: index === 0 ? field.ref : undefined },
                    }}
                  />
                }
                label={
                  <Box>
                    <Typography sx={{ fontWeight: 600 }}>{t(`redFlag.${flag}`)}</Typography>
                    <Typography id={`flag-${flag}-hint`} variant="body2" sx={{ color: 'text.secondary' }}>
                      {t(`redFlagHint.${flag}`)}
                    </Typography>
                  </Box>
                }
              />
            ))}
          </Box>
        )}
      />
    </Section>
  );
}

/** Weight and height as typed (decimal comma or point), and the clinician's own "overweight". */
export function GrowthFields() {
  const { t, validation } = useI18n();
  const { control } = useFormContext<AssessmentValues>();
  const numberField = (name: 'weightKg' | 'heightCm', label: string, unit: string) => (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const error = errorText(validation, fieldState.error?.message, name);
        return (
          <TextField
            label={label}
            name={name}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={error !== undefined}
            helperText={error ?? ' '}
            autoComplete="off"
            inputRef={field.ref}
            slotProps={{
              htmlInput: { inputMode: 'decimal' },
              input: { endAdornment: <InputAdornment position="end">{unit}</InputAdornment> },
            }}
          />
        );
      }}
    />
  );
  return (
    <Section title={t('assess.growth')}>
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr 2fr', columnGap: 3, alignItems: 'start' }}>
        {numberField('weightKg', t('field.weight'), t('unit.kg'))}
        {numberField('heightCm', t('field.height'), t('unit.cm'))}
        <Controller
          control={control}
          name="overweight"
          render={({ field }) => (
            <FormControlLabel
              sx={{ alignItems: 'flex-start', m: 0 }}
              control={
                <Checkbox
                  checked={field.value}
                  onChange={(e) => field.onChange(e.target.checked)}
                  sx={{ mt: -0.75 }}
                  slotProps={{ input: { 'aria-describedby': 'overweight-hint', ref: field.ref } }}
                />
              }
              label={
                <Box>
                  <Typography sx={{ fontWeight: 600 }}>{t('field.overweight')}</Typography>
                  <Typography id="overweight-hint" variant="body2" sx={{ color: 'text.secondary' }}>
                    {t('assess.overweightHint')}
                  </Typography>
                </Box>
              }
            />
          )}
        />
      </Box>
    </Section>
  );
}

/** Free notes about the visit. */
export function NotesField() {
  const { t, validation } = useI18n();
  const { control } = useFormContext<AssessmentValues>();
  return (
    <Controller
      control={control}
      name="notes"
      render={({ field, fieldState }) => {
        const error = errorText(validation, fieldState.error?.message, 'notes');
        return (
          <TextField
            label={t('assess.notes')}
            name="notes"
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={error !== undefined}
            helperText={error ?? ' '}
            multiline
            minRows={3}
            maxRows={12}
            inputRef={field.ref}
            sx={{ mb: 3 }}
          />
        );
      }}
    />
  );
}
