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
import { DegreeMethod, type Flexibility, type FootSide } from '../../../shared/contract';
import { useT } from '../../i18n';
import type { FootValues } from './assessment-values';

const DEGREES = [0, 1, 2, 3, 4] as const;
const FLEXIBILITY: {
  value: Flexibility;
  key: 'assess.flexibleYes' | 'assess.flexibleNo' | 'assess.flexibleUnknown';
}[] = [
  { value: 'yes', key: 'assess.flexibleYes' },
  { value: 'no', key: 'assess.flexibleNo' },
  { value: 'unknown', key: 'assess.flexibleUnknown' },
];

export type FootField = 'degree' | 'method' | 'flexible' | 'heelAngle';

interface Props {
  side: FootSide;
  foot: FootValues;
  errorFor(field: FootField): string | undefined;
  change(patch: Partial<FootValues>, field: FootField): void;
  blur(field: FootField): void;
  inputRef(field: FootField, el: { focus(): void } | null): void;
}

/** One foot: degree (segmented), how it was established, flexibility, and the measured heel angle. */
export function FootFields({ side, foot, errorFor, change, blur, inputRef }: Props) {
  const t = useT();
  const id = (part: string) => `${side}-${part}`;
  const degreeError = errorFor('degree');
  const methodError = errorFor('method');
  const angleError = errorFor('heelAngle');
  const noValgus = foot.degree === 0;

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
        <Box>
          <FormLabel
            id={id('degree-label')}
            error={degreeError !== undefined}
            sx={{ display: 'block', mb: 0.75, fontSize: '0.875rem' }}
          >
            {t('field.degree')}
          </FormLabel>
          <ToggleButtonGroup
            exclusive
            fullWidth
            color="primary"
            value={foot.degree}
            onChange={(_e, value: number | null) => {
              if (value !== null) {
                change({ degree: value }, 'degree');
                blur('degree');
              }
            }}
            aria-labelledby={id('degree-label')}
            aria-describedby={degreeError ? id('degree-error') : undefined}
            sx={
              degreeError ? { '& .MuiToggleButton-root:not(.Mui-selected)': { borderColor: 'error.main' } } : undefined
            }
            ref={(el: HTMLElement | null) => inputRef('degree', el?.querySelector('button') ?? null)}
          >
            {DEGREES.map((d) => (
              <ToggleButton key={d} value={d} sx={{ px: 1 }}>
                {d === 0 ? t('assess.degreeNone') : d}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
          <FormHelperText id={id('degree-error')} error={degreeError !== undefined}>
            {degreeError ?? ' '}
          </FormHelperText>
        </Box>

        <TextField
          select
          label={t('field.method')}
          value={noValgus ? '' : foot.method}
          disabled={noValgus}
          onChange={(e) => change({ method: e.target.value as DegreeMethod }, 'method')}
          onBlur={() => blur('method')}
          error={methodError !== undefined}
          helperText={methodError ?? (noValgus ? ' ' : t('assess.methodHint'))}
          inputRef={(el: { focus(): void } | null) => inputRef('method', el)}
          slotProps={{ select: { MenuProps: { disableScrollLock: true } } }}
        >
          {DegreeMethod.options.map((m) => (
            <MenuItem key={m} value={m}>
              {t(`method.${m}`)}
            </MenuItem>
          ))}
        </TextField>

        <Box>
          <FormLabel id={id('flexible-label')} sx={{ display: 'block', mb: 0.75, fontSize: '0.875rem' }}>
            {t('field.flexible')}
          </FormLabel>
          <ToggleButtonGroup
            exclusive
            fullWidth
            color="primary"
            value={foot.flexible}
            onChange={(_e, value: Flexibility | null) => value && change({ flexible: value }, 'flexible')}
            aria-labelledby={id('flexible-label')}
            ref={(el: HTMLElement | null) => inputRef('flexible', el?.querySelector('button') ?? null)}
          >
            {FLEXIBILITY.map((f) => (
              <ToggleButton key={f.value} value={f.value}>
                {t(f.key)}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
        </Box>

        <TextField
          label={t('field.heelAngle')}
          value={foot.heelAngle}
          onChange={(e) => change({ heelAngle: e.target.value }, 'heelAngle')}
          onBlur={() => blur('heelAngle')}
          error={angleError !== undefined}
          helperText={angleError ?? ' '}
          autoComplete="off"
          inputRef={(el: HTMLInputElement | null) => inputRef('heelAngle', el)}
          sx={{ maxWidth: 220 }}
          slotProps={{
            htmlInput: { inputMode: 'decimal' },
            input: { endAdornment: <InputAdornment position="end">°</InputAdornment> },
          }}
        />
      </Stack>
    </Paper>
  );
}
