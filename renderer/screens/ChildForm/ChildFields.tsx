import Box from '@mui/material/Box';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { Controller, useWatch, type Control } from 'react-hook-form';
import { addMonths, ageOn, isCalendarDate, localToday } from '../../../shared/calendar';
import { MAX_PATIENT_AGE_YEARS, type PatientInput, type Sex } from '../../../shared/contract';
import { DateField } from '../../components/pickers';
import { useI18n } from '../../i18n';
import type { FormValues } from './form-values';
import { TextInput } from './TextInput';

const SECTION = '[role="spinbutton"]';

type NameField = 'firstName' | 'middleName' | 'lastName';

/** Names in the order the language writes them on forms: Фамилия Имя Отчество in Russian. */
export function nameOrder(language: string): NameField[] {
  return language === 'ru' ? ['lastName', 'firstName', 'middleName'] : ['firstName', 'middleName', 'lastName'];
}

const LABELS = {
  firstName: 'field.firstName',
  middleName: 'patients.field.middleName',
  lastName: 'field.lastName',
} as const;

/** The child's own details: names, date of birth (with the age it makes today) and sex. */
export function ChildFields({
  control,
  message,
}: {
  control: Control<FormValues, unknown, PatientInput>;
  message(key: string): string;
}) {
  const { t, language, age } = useI18n();
  const today = localToday();
  const born = useWatch({ control, name: 'dateOfBirth' });
  const usable = isCalendarDate(born) && born <= today;

  return (
    <>
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', columnGap: 3, rowGap: 1 }}>
        {nameOrder(language).map((name) => (
          <TextInput
            key={name}
            control={control}
            name={name}
            label={t(LABELS[name])}
            message={message}
            hint={name === 'middleName' ? t('patients.field.middleNameHint') : undefined}
          />
        ))}
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 3, rowGap: 1 }}>
        <Controller
          control={control}
          name="dateOfBirth"
          render={({ field, fieldState }) => (
            <DateField
              label={t('field.dateOfBirth')}
              name={field.name}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              // The picker's input is hidden behind its sections: focusing the field means its first section.
              inputRef={(el: HTMLInputElement | null) =>
                field.ref(el && { focus: () => (el.parentElement?.querySelector<HTMLElement>(SECTION) ?? el).focus() })
              }
              max={today}
              min={addMonths(today, -12 * MAX_PATIENT_AGE_YEARS)}
              error={fieldState.error !== undefined}
              helperText={
                fieldState.error?.message !== undefined
                  ? message(fieldState.error.message)
                  : usable
                    ? t('childForm.ageToday', { age: age(ageOn(born, today)) })
                    : ' '
              }
            />
          )}
        />
        <Controller
          control={control}
          name="sex"
          render={({ field, fieldState }) => {
            const error = fieldState.error?.message;
            return (
              <Box>
                <FormLabel
                  id="sex-label"
                  error={error !== undefined}
                  sx={{ display: 'block', mb: 0.75, fontSize: '0.875rem' }}
                >
                  {t('field.sex')}
                </FormLabel>
                <ToggleButtonGroup
                  exclusive
                  color="primary"
                  value={field.value || null}
                  onChange={(_e, value: Sex | null) => {
                    if (value) {
                      field.onChange(value);
                      field.onBlur();
                    }
                  }}
                  aria-labelledby="sex-label"
                  aria-describedby={error ? 'sex-error' : undefined}
                  sx={
                    error ? { '& .MuiToggleButton-root:not(.Mui-selected)': { borderColor: 'error.main' } } : undefined
                  }
                  ref={(el: HTMLElement | null) => field.ref(el?.querySelector('button') ?? null)}
                >
                  <ToggleButton value="female" sx={{ minWidth: 120 }}>
                    {t('sex.female')}
                  </ToggleButton>
                  <ToggleButton value="male" sx={{ minWidth: 120 }}>
                    {t('sex.male')}
                  </ToggleButton>
                </ToggleButtonGroup>
                <FormHelperText id="sex-error" error={error !== undefined}>
                  {error !== undefined ? message(error) : ' '}
                </FormHelperText>
              </Box>
            );
          }}
        />
      </Box>
    </>
  );
}
