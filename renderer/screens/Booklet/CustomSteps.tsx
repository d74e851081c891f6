import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { STEP_IDS, type StepId } from '../../../shared/plan';
import { useI18n } from '../../i18n';
import type { CustomStepValues } from './booklet-values';
import { NumberField } from './fields';
import { stepTitle } from './plan-text';

interface Props {
  steps: CustomStepValues[];
  onChange(index: number, patch: Partial<CustomStepValues>): void;
  onRemove(index: number): void;
  errorFor(path: string): string | undefined;
}

/** The clinician's own steps: title, what to do, where it goes, repetitions. */
export function CustomSteps({ steps, onChange, onRemove, errorFor }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  if (steps.length === 0) {
    return (
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        {t('booklet.custom.empty')}
      </Typography>
    );
  }
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      {steps.map((step, i) => {
        const err = (field: string) => errorFor(`customSteps.${i}.${field}`);
        return (
          <Box
            key={step.id}
            component="fieldset"
            sx={{ m: 0, p: 2, pt: 1, border: 1, borderColor: 'divider', borderRadius: 1, minWidth: 0 }}
          >
            <Typography component="legend" variant="body2" sx={{ px: 0.5, fontWeight: 600 }}>
              {stepTitle(i18n, step.id, step.title)}
            </Typography>
            <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 2, rowGap: 0.5 }}>
              <TextField
                size="small"
                label={t('booklet.custom.fieldTitle')}
                value={step.title}
                autoFocus={step.title === '' && step.text === ''}
                onChange={(e) => onChange(i, { title: e.target.value })}
                error={err('title') !== undefined}
                helperText={err('title') ?? ' '}
                sx={{ gridColumn: '1 / -1' }}
              />
              <TextField
                size="small"
                multiline
                minRows={2}
                label={t('booklet.custom.fieldText')}
                value={step.text}
                onChange={(e) => onChange(i, { text: e.target.value })}
                error={err('text') !== undefined}
                helperText={err('text') ?? ' '}
                sx={{ gridColumn: '1 / -1' }}
              />
              <TextField
                select
                size="small"
                label={t('booklet.custom.fieldAfter')}
                value={step.after}
                onChange={(e) => onChange(i, { after: e.target.value as StepId })}
                error={err('after') !== undefined}
                helperText={err('after') ?? ' '}
              >
                {STEP_IDS.map((id) => (
                  <MenuItem key={id} value={id}>
                    {stepTitle(i18n, id)}
                  </MenuItem>
                ))}
              </TextField>
              <NumberField
                label={t('booklet.custom.fieldReps')}
                value={step.reps}
                onChange={(reps) => onChange(i, { reps })}
                error={err('reps')}
              />
            </Box>
            <Button
              size="small"
              color="inherit"
              startIcon={<DeleteIcon />}
              onClick={() => onRemove(i)}
              aria-label={t('booklet.custom.removeLabel', { title: stepTitle(i18n, step.id, step.title) })}
              sx={{ color: 'text.secondary', ml: -0.75 }}
            >
              {t('booklet.custom.remove')}
            </Button>
          </Box>
        );
      })}
    </Box>
  );
}
