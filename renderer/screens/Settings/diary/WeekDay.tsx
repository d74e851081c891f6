import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import RemoveIcon from '@mui/icons-material/RemoveCircleOutlineOutlined';
import { Controller, useFieldArray, useFormState, type Control, type UseFormGetValues } from 'react-hook-form';
import { TimeField } from '../../../components/pickers';
import { useI18n } from '../../../i18n';
import { diaryValidation } from '../../Diary/format';
import { nextRow, type WeekValues } from './hours-model';

/** One weekday of the working-hours form: its intervals, each from-until, added and removed. */
export function WeekDay(props: {
  control: Control<WeekValues>;
  getValues: UseFormGetValues<WeekValues>;
  index: number;
  dayName: string;
}) {
  const { control, getValues, index, dayName } = props;
  const i18n = useI18n();
  const { t } = i18n;
  const name = `days.${index}.intervals` as const;
  const { fields, append, remove } = useFieldArray({ control, name });
  const { errors } = useFormState({ control, name });
  const rowErrors = errors.days?.[index]?.intervals;

  return (
    <Box
      role="group"
      aria-label={dayName}
      sx={{
        display: 'flex',
        alignItems: 'flex-start',
        gap: 2,
        px: 2,
        py: 1.25,
        borderBottom: 1,
        borderColor: 'divider',
        '&:last-of-type': { borderBottom: 0 },
        bgcolor: index >= 5 ? 'action.hover' : undefined,
      }}
    >
      <Typography sx={{ width: 130, flexShrink: 0, fontWeight: 600, pt: 1 }}>{dayName}</Typography>
      <Stack spacing={1.5} sx={{ flex: 1 }}>
        {fields.length === 0 && (
          <Typography sx={{ color: 'text.secondary', pt: 1 }}>{t('diarySetup.hours.dayOff')}</Typography>
        )}
        {fields.map((f, n) => {
          const issue = rowErrors?.[n]?.start?.message ?? rowErrors?.[n]?.end?.message;
          const label = t('diarySetup.hours.interval', { day: dayName, n: n + 1 });
          return (
            <Box key={f.id} role="group" aria-label={label}>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                {(['start', 'end'] as const).map((part) => (
                  <Box key={part} sx={{ width: 150 }}>
                    <Controller
                      control={control}
                      name={`${name}.${n}.${part}`}
                      render={({ field, fieldState }) => (
                        <TimeField
                          label={t(part === 'start' ? 'diarySetup.hours.start' : 'diarySetup.hours.end')}
                          value={field.value}
                          onChange={field.onChange}
                          onBlur={field.onBlur}
                          inputRef={field.ref}
                          name={field.name}
                          error={fieldState.error !== undefined}
                          step={5}
                          size="small"
                        />
                      )}
                    />
                  </Box>
                ))}
                <Tooltip title={t('diarySetup.hours.remove')}>
                  <IconButton
                    size="small"
                    onClick={() => remove(n)}
                    aria-label={t('diarySetup.hours.removeLabel', { day: dayName, n: n + 1 })}
                  >
                    <RemoveIcon fontSize="small" />
                  </IconButton>
                </Tooltip>
              </Stack>
              {issue && (
                <Typography variant="caption" sx={{ color: 'error.main' }} role="alert">
                  {diaryValidation(i18n, issue)}
                </Typography>
              )}
            </Box>
          );
        })}
      </Stack>
      <Button
        size="small"
        startIcon={<AddIcon />}
        onClick={() => append(nextRow(getValues(name)))}
        aria-label={t('diarySetup.hours.addLabel', { day: dayName })}
        sx={{ flexShrink: 0 }}
      >
        {t('diarySetup.hours.add')}
      </Button>
    </Box>
  );
}
