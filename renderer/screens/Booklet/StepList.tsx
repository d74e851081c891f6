import { memo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import NoteAddIcon from '@mui/icons-material/NoteAddOutlined';
import {
  BATH_STEP_IDS,
  EXERCISE_STEP_IDS,
  HOLD_STEP_IDS,
  isOneOf,
  PART_A_STEP_IDS,
  PART_B_STEP_IDS,
  POSITION_STEP_IDS,
  REPS_STEP_IDS,
  type Plan,
  type PlanStep,
  type Range,
  type SkippedStep,
  type StepGroup,
  type StepId,
} from '../../../shared/plan';
import { useI18n, type I18n } from '../../i18n';
import { EMPTY_STEP, type DoseField, type StepValues } from './booklet-values';
import { useBookletForm, useUpdateStep } from './form-fields';
import { NumberField } from './fields';
import { doseChanged, doseText, rangeText, stepTitle } from './plan-text';

interface Props {
  plan: Plan;
  errorFor(path: string): string | undefined;
}

const GROUPS: [StepGroup, readonly StepId[]][] = [
  ['part_a', PART_A_STEP_IDS],
  ['part_b', PART_B_STEP_IDS],
  ['active', EXERCISE_STEP_IDS],
  ['bath', BATH_STEP_IDS],
];

/**
 * Every library step by part, custom steps in their place: dose, on/off switch, dose fields, note.
 * Memoised, and each row follows only its own step's entries: typing in one row (or elsewhere on
 * the screen) does not redraw the eighteen rows.
 */
export const StepList = memo(function StepList({ plan, errorFor }: Props) {
  const i18n = useI18n();
  const { control } = useBookletForm();
  const customSteps = useWatch({ control, name: 'customSteps' });
  const onStep = useUpdateStep();
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      {GROUPS.map(([group, ids]) => (
        <Box key={group} component="section" aria-labelledby={`group-${group}`}>
          <Typography
            id={`group-${group}`}
            variant="overline"
            component="h3"
            sx={{ display: 'block', color: 'text.secondary', lineHeight: 2 }}
          >
            {i18n.t(`booklet.group.${group}`)}
          </Typography>
          <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none' }}>
            {ids.flatMap((id) => [
              <StepRow
                key={id}
                id={id}
                step={plan.steps.find((s) => s.id === id)}
                skipped={plan.skipped.find((s) => s.id === id)}
                onStep={onStep}
                errorFor={errorFor}
              />,
              ...customSteps
                .filter((c) => c.after === id)
                .map((c) => (
                  <CustomRow
                    key={c.id}
                    title={stepTitle(i18n, c.id, c.title)}
                    step={plan.steps.find((s) => s.id === c.id)}
                  />
                )),
            ])}
          </Box>
        </Box>
      ))}
    </Box>
  );
});

interface RowProps {
  id: StepId;
  step: PlanStep | undefined;
  skipped: SkippedStep | undefined;
  onStep(id: string, patch: Partial<StepValues>): void;
  errorFor(path: string): string | undefined;
}

/** The dose fields a step takes (§3.8), with the plan's current value as placeholder. */
function doseFields(i18n: I18n, id: StepId, step: PlanStep | undefined) {
  const d = step?.dose;
  const range = (r: Range | null | undefined) => (r ? rangeText(i18n, r) : undefined);
  const fields: { field: DoseField; label: string; unit: string; placeholder: string | undefined }[] = [];
  if (isOneOf(REPS_STEP_IDS, id))
    fields.push({
      field: 'reps',
      label: i18n.t('booklet.step.reps'),
      unit: '',
      placeholder: range(d?.type === 'reps' ? d.reps : null),
    });
  if (isOneOf(HOLD_STEP_IDS, id))
    fields.push({
      field: 'holdSeconds',
      label: i18n.t('booklet.step.holdSeconds'),
      unit: i18n.t('booklet.unit.seconds'),
      placeholder: range(d?.type === 'reps' ? d.holdSeconds : null),
    });
  if (id === 'X01' || id === 'X04' || id === 'B01')
    fields.push({
      field: 'minutes',
      label: i18n.t(id === 'B01' ? 'booklet.step.warmMinutes' : 'booklet.step.minutes'),
      unit: i18n.t('booklet.unit.min'),
      placeholder: range(
        d?.type === 'mat' || d?.type === 'minutes' ? d.minutes : d?.type === 'bath' ? d.warmMinutes : null,
      ),
    });
  return fields;
}

/** Each answer from main is a new plan: a row redraws only when its own step in it changed. */
const sameRow = (a: RowProps, b: RowProps) =>
  a.id === b.id &&
  a.onStep === b.onStep &&
  a.errorFor === b.errorFor &&
  JSON.stringify(a.step) === JSON.stringify(b.step) &&
  JSON.stringify(a.skipped) === JSON.stringify(b.skipped);

const StepRow = memo(function StepRow({ id, step, skipped, onStep, errorFor }: RowProps) {
  const i18n = useI18n();
  const { control } = useBookletForm();
  const values = (useWatch({ control, name: `steps.${id}` }) as StepValues | undefined) ?? EMPTY_STEP;
  const onChange = (patch: Partial<StepValues>) => onStep(id, patch);
  const { t } = i18n;
  const [noteOpen, setNoteOpen] = useState(values.note !== '');
  const title = stepTitle(i18n, id);
  const position = isOneOf(POSITION_STEP_IDS, id);
  const titleId = `step-${id}`;
  const skipError = errorFor(`overrides.${id}.skip`);

  let status: string;
  if (step) status = doseText(i18n, step);
  else if (skipped && skipped.reason !== 'skipped_by_override') status = t(`booklet.step.${skipped.reason}`);
  else status = values.skip ? t('booklet.step.skipped') : '';
  if (position && step) status = t('booklet.step.position');
  const included = !values.skip;
  const fields = included && step ? doseFields(i18n, id, step) : [];

  return (
    <Box component="li" sx={{ py: 1, borderBottom: 1, borderColor: 'divider', '&:last-of-type': { borderBottom: 0 } }}>
      <Box
        role="group"
        aria-labelledby={titleId}
        sx={{ display: 'grid', gridTemplateColumns: '28px 1fr auto', columnGap: 1.5 }}
      >
        <Typography
          aria-hidden
          sx={{ color: step ? 'primary.main' : 'text.disabled', fontWeight: 700, textAlign: 'right', pt: 0.25 }}
        >
          {step?.number ?? '–'}
        </Typography>
        <Box sx={{ minWidth: 0 }}>
          <Typography
            id={titleId}
            sx={{ fontWeight: 600, color: step ? 'text.primary' : 'text.secondary', lineHeight: 1.4, pt: 0.25 }}
          >
            {title}
          </Typography>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
            {status && (
              <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                {status}
              </Typography>
            )}
            {step && doseChanged(step) && (
              <Chip size="small" color="primary" variant="outlined" label={t('booklet.step.changed')} />
            )}
          </Box>
          {skipError && (
            <Typography variant="body2" role="alert" sx={{ color: 'error.main', mt: 0.5 }}>
              {skipError}
            </Typography>
          )}
          {values.skip && (
            <TextField
              size="small"
              label={t('booklet.step.skipReason')}
              value={values.reason}
              onChange={(e) => onChange({ reason: e.target.value })}
              error={errorFor(`overrides.${id}.reason`) !== undefined}
              helperText={errorFor(`overrides.${id}.reason`)}
              sx={{ mt: 1.25, maxWidth: 360 }}
            />
          )}
          {fields.length > 0 && (
            <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1.5, flexWrap: 'wrap', mt: 1.5, mb: -1 }}>
              {fields.map((f) => (
                <NumberField
                  key={f.field}
                  label={f.label}
                  value={values[f.field]}
                  onChange={(value) => onChange({ [f.field]: value })}
                  unit={f.unit}
                  placeholder={values[f.field] === '' ? f.placeholder : undefined}
                  error={errorFor(`overrides.${id}.${f.field}`)}
                  width={170}
                />
              ))}
            </Box>
          )}
          {noteOpen && (
            <TextField
              size="small"
              multiline
              minRows={1}
              autoFocus={values.note === ''}
              label={t('booklet.step.note')}
              value={values.note}
              onChange={(e) => onChange({ note: e.target.value })}
              error={errorFor(`stepNotes.${id}`) !== undefined}
              helperText={errorFor(`stepNotes.${id}`)}
              sx={{ mt: 1.25 }}
            />
          )}
        </Box>
        <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 0.5 }}>
          {!noteOpen && (
            <Tooltip title={t('booklet.step.addNote')}>
              <IconButton aria-label={t('booklet.step.addNoteTo', { title })} onClick={() => setNoteOpen(true)}>
                <NoteAddIcon fontSize="small" />
              </IconButton>
            </Tooltip>
          )}
          {position ? (
            <Box sx={{ width: 58 }} />
          ) : (
            <Switch
              checked={included}
              onChange={(e) => onChange({ skip: !e.target.checked })}
              slotProps={{ input: { 'aria-label': t('booklet.step.include', { title }) } }}
            />
          )}
        </Box>
      </Box>
    </Box>
  );
}, sameRow);

function CustomRow({ title, step }: { title: string; step: PlanStep | undefined }) {
  const i18n = useI18n();
  return (
    <Box
      component="li"
      sx={{
        display: 'grid',
        gridTemplateColumns: '28px 1fr',
        columnGap: 1.5,
        py: 1,
        borderBottom: 1,
        borderColor: 'divider',
      }}
    >
      <Typography aria-hidden sx={{ color: 'primary.main', fontWeight: 700, textAlign: 'right' }}>
        {step?.number ?? '–'}
      </Typography>
      <Box>
        <Typography sx={{ fontWeight: 600 }}>{title}</Typography>
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {[i18n.t('booklet.custom.rowLabel'), step ? doseText(i18n, step) : ''].filter(Boolean).join(' · ')}
        </Typography>
      </Box>
    </Box>
  );
}
