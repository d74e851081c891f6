import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { Controller, useFormContext } from 'react-hook-form';
import { localToday, type Clinician } from '../../../shared/contract';
import { DateField } from '../../components/pickers';
import { useI18n } from '../../i18n';
import { paths, useRouter } from '../../router';
import { errorText, type AssessmentValues } from './assessment-values';
import { Section } from './Section';

/** When and by whom: the visit date (not in the future) and the clinician (active ones, or the one recorded). */
export function VisitFields({ clinicians, recorded }: { clinicians: Clinician[]; recorded: number | '' }) {
  const { t, validation } = useI18n();
  const { navigate } = useRouter();
  const { control } = useFormContext<AssessmentValues>();
  const offered = clinicians.filter((c) => c.active || c.id === recorded);

  return (
    <Section title={t('assess.visit')}>
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 3, rowGap: 1 }}>
        <Controller
          control={control}
          name="assessedOn"
          render={({ field, fieldState }) => {
            const error = errorText(validation, fieldState.error?.message, field.name);
            return (
              <DateField
                label={t('field.assessedOn')}
                name={field.name}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                inputRef={field.ref}
                error={error !== undefined}
                helperText={error ?? ' '}
                max={localToday()}
                shortcuts={['today']}
                required
              />
            );
          }}
        />
        {offered.length === 0 ? (
          <Alert severity="warning" sx={{ alignSelf: 'start' }}>
            {t('assess.noClinicians')}{' '}
            <Link
              href={paths.clinicians()}
              onClick={(event) => {
                event.preventDefault();
                navigate(paths.clinicians());
              }}
              sx={{ fontWeight: 600 }}
            >
              {t('assess.addClinician')}
            </Link>
          </Alert>
        ) : (
          <Controller
            control={control}
            name="clinicianId"
            render={({ field, fieldState }) => {
              const error = errorText(validation, fieldState.error?.message, field.name);
              return (
                <TextField
                  select
                  label={t('field.clinician')}
                  name={field.name}
                  value={field.value}
                  onChange={(e) => field.onChange(Number(e.target.value))}
                  onBlur={field.onBlur}
                  error={error !== undefined}
                  helperText={error ?? ' '}
                  inputRef={field.ref}
                  slotProps={{ select: { MenuProps: { disableScrollLock: true } } }}
                >
                  {offered.map((c) => (
                    <MenuItem key={c.id} value={c.id}>
                      {c.active ? c.name : t('assess.inactive', { name: c.name })}
                      <Typography component="span" variant="body2" sx={{ color: 'text.secondary', ml: 1 }}>
                        {c.title}
                      </Typography>
                    </MenuItem>
                  ))}
                </TextField>
              );
            }}
          />
        )}
      </Box>
    </Section>
  );
}
