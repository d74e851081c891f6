import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import StarIcon from '@mui/icons-material/StarBorder';
import { Controller, type Control } from 'react-hook-form';
import { Relationship, type Language, type PatientInput } from '../../../shared/contract';
import { useT } from '../../i18n';
import { guardianPath, type FormValues } from './form-values';
import { PhoneField } from './PhoneField';
import { TextInput } from './TextInput';

// Each language is named in itself, so a family's own language is easy to spot.
const LANGUAGES: { value: Language; label: string }[] = [
  { value: 'en', label: 'English' },
  { value: 'ru', label: 'Русский' },
];

interface Props {
  control: Control<FormValues, unknown, PatientInput>;
  index: number;
  /** Row key from useFieldArray: ids stay put when rows move. */
  rowId: string;
  /** Only one guardian left: it cannot be removed. */
  only: boolean;
  message(key: string): string;
  /** The clinic's country: how a number without "+" is read. */
  country: string;
  remove(): void;
  makeMain(): void;
}

/** One parent or guardian: who they are and how to reach them. The first is the main contact. */
export function GuardianFields({ control, index, rowId, only, message, country, remove, makeMain }: Props) {
  const t = useT();
  const n = index + 1;
  const legendId = `guardian-${rowId}-legend`;
  const languageId = `guardian-${rowId}-language`;
  const main = index === 0;

  return (
    <Paper
      component="fieldset"
      variant="outlined"
      aria-label={main ? `${t('childForm.guardianN', { n })} (${t('childForm.mainContact')})` : undefined}
      aria-labelledby={main ? undefined : legendId}
      sx={{ m: 0, p: 2.5, pt: 2, minWidth: 0, borderColor: main ? 'primary.light' : 'divider' }}
    >
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', mb: 2, minHeight: 36 }}>
        <Typography id={legendId} component="legend" sx={{ fontWeight: 600, p: 0, float: 'left' }}>
          {t('childForm.guardianN', { n })}
        </Typography>
        {main ? (
          <Chip size="small" color="primary" variant="outlined" label={t('childForm.mainContact')} aria-hidden />
        ) : (
          <Button size="small" startIcon={<StarIcon />} onClick={makeMain} aria-label={t('childForm.makeMainN', { n })}>
            {t('childForm.makeMain')}
          </Button>
        )}
        <Box sx={{ flex: 1 }} />
        {!only && (
          <Tooltip title={t('childForm.removeGuardianN', { n })}>
            <IconButton onClick={remove} aria-label={t('childForm.removeGuardianN', { n })} edge="end">
              <DeleteIcon />
            </IconButton>
          </Tooltip>
        )}
      </Stack>
      <Box sx={{ clear: 'both', display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 3, rowGap: 1 }}>
        <TextInput
          control={control}
          name={guardianPath(index, 'name')}
          label={t('field.guardianName')}
          message={message}
        />
        <Controller
          control={control}
          name={guardianPath(index, 'relationship')}
          render={({ field, fieldState }) => (
            <TextField
              select
              label={t('field.relationship')}
              name={field.name}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldState.error !== undefined}
              helperText={fieldState.error?.message !== undefined ? message(fieldState.error.message) : ' '}
              // A select's inputRef is a handle whose focus() focuses the visible combobox.
              inputRef={field.ref}
              slotProps={{ select: { MenuProps: { disableScrollLock: true } } }}
            >
              {Relationship.options.map((r) => (
                <MenuItem key={r} value={r}>
                  {t(`relationship.${r}`)}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
        <PhoneField control={control} index={index} message={message} country={country} />
        <TextInput
          control={control}
          name={guardianPath(index, 'email')}
          label={t('field.email')}
          message={message}
          extra={{ type: 'email', slotProps: { htmlInput: { inputMode: 'email' } } }}
        />
        <Controller
          control={control}
          name={`guardians.${index}.preferredLanguage`}
          render={({ field }) => (
            <Box>
              <FormLabel id={languageId} sx={{ display: 'block', mb: 0.75, fontSize: '0.875rem' }}>
                {t('field.preferredLanguage')}
              </FormLabel>
              <ToggleButtonGroup
                exclusive
                size="small"
                color="primary"
                value={field.value}
                onChange={(_e, value: Language | null) => value && field.onChange(value)}
                aria-labelledby={languageId}
              >
                {LANGUAGES.map((l) => (
                  <ToggleButton key={l.value} value={l.value} lang={l.value} sx={{ minWidth: 110 }}>
                    {l.label}
                  </ToggleButton>
                ))}
              </ToggleButtonGroup>
            </Box>
          )}
        />
        <Controller
          control={control}
          name={`guardians.${index}.contactConsent`}
          render={({ field }) => (
            <FormControlLabel
              sx={{ alignSelf: 'center', mt: 2 }}
              control={<Checkbox checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />}
              label={t('field.contactConsent')}
            />
          )}
        />
      </Box>
    </Paper>
  );
}
