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
import { Relationship, type Language } from '../../../shared/contract';
import { useT } from '../../i18n';
import { guardianPath, type Focusable, type GuardianField, type GuardianValues } from './form-values';

// Each language is named in itself, so a family's own language is easy to spot.
const LANGUAGES: { value: Language; label: string }[] = [
  { value: 'en', label: 'English' },
  { value: 'ru', label: 'Русский' },
];

interface Props {
  index: number;
  guardian: GuardianValues;
  /** Only one guardian left: it cannot be removed. */
  only: boolean;
  errorFor(path: string): string | undefined;
  change(patch: Partial<GuardianValues>, field?: GuardianField): void;
  blur(field: GuardianField): void;
  remove(): void;
  makeMain(): void;
  inputRef(field: GuardianField, el: Focusable | null): void;
}

/** One parent or guardian: who they are and how to reach them. The first is the main contact. */
export function GuardianFields({ index, guardian, only, errorFor, change, blur, remove, makeMain, inputRef }: Props) {
  const t = useT();
  const n = index + 1;
  const legendId = `guardian-${guardian.key}-legend`;
  const languageId = `guardian-${guardian.key}-language`;
  const main = index === 0;

  const text = (field: 'name' | 'phone' | 'email', label: string, extra: Parameters<typeof TextField>[0] = {}) => {
    const error = errorFor(guardianPath(index, field));
    return (
      <TextField
        label={label}
        value={guardian[field]}
        onChange={(e) => change({ [field]: e.target.value }, field)}
        onBlur={() => blur(field)}
        error={error !== undefined}
        helperText={error ?? ' '}
        autoComplete="off"
        inputRef={(el: HTMLInputElement | null) => inputRef(field, el)}
        {...extra}
      />
    );
  };
  const relationshipError = errorFor(guardianPath(index, 'relationship'));

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
        {text('name', t('field.guardianName'))}
        <TextField
          select
          label={t('field.relationship')}
          value={guardian.relationship}
          onChange={(e) => change({ relationship: e.target.value as Relationship }, 'relationship')}
          onBlur={() => blur('relationship')}
          error={relationshipError !== undefined}
          helperText={relationshipError ?? ' '}
          // A select's inputRef is a handle whose focus() focuses the visible combobox.
          inputRef={(el: Focusable | null) => inputRef('relationship', el)}
          slotProps={{ select: { MenuProps: { disableScrollLock: true } } }}
        >
          {Relationship.options.map((r) => (
            <MenuItem key={r} value={r}>
              {t(`relationship.${r}`)}
            </MenuItem>
          ))}
        </TextField>
        {text('phone', t('field.phone'), { type: 'tel', slotProps: { htmlInput: { inputMode: 'tel' } } })}
        {text('email', t('field.email'), { type: 'email', slotProps: { htmlInput: { inputMode: 'email' } } })}
        <Box>
          <FormLabel id={languageId} sx={{ display: 'block', mb: 0.75, fontSize: '0.875rem' }}>
            {t('field.preferredLanguage')}
          </FormLabel>
          <ToggleButtonGroup
            exclusive
            size="small"
            color="primary"
            value={guardian.preferredLanguage}
            onChange={(_e, value: Language | null) => value && change({ preferredLanguage: value })}
            aria-labelledby={languageId}
          >
            {LANGUAGES.map((l) => (
              <ToggleButton key={l.value} value={l.value} lang={l.value} sx={{ minWidth: 110 }}>
                {l.label}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
        </Box>
        <FormControlLabel
          sx={{ alignSelf: 'center', mt: 2 }}
          control={
            <Checkbox
              checked={guardian.contactConsent}
              onChange={(e) => change({ contactConsent: e.target.checked })}
            />
          }
          label={t('field.contactConsent')}
        />
      </Box>
    </Paper>
  );
}
