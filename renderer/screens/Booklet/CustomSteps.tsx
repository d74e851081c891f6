import { useState } from 'react';
import { useController, useFieldArray, useWatch } from 'react-hook-form';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { STEP_IDS } from '../../../shared/plan';
import { useI18n } from '../../i18n';
import { DEFAULT_CUSTOM_ANCHOR, nextCustomId, type CustomStepValues } from './booklet-values';
import { PanelSection } from './fields';
import { FormNumberField, useBookletForm, type TextPath } from './form-fields';
import { stepTitle } from './plan-text';

/** The most custom steps a booklet takes (the contract's limit). */
const MAX_CUSTOM = 20;

interface Props {
  errorFor(path: string): string | undefined;
}

/** The clinician's own steps (a field array of the form): title, what to do, where it goes, repetitions. */
export function CustomStepsSection({ errorFor }: Props) {
  const { t } = useI18n();
  const { control, getValues, setValue } = useBookletForm();
  // `key`, not `id`: a custom step has an id of its own (C01…).
  const { fields, append, remove } = useFieldArray({ control, name: 'customSteps', keyName: 'key' });
  const add = () =>
    append({ id: nextCustomId(getValues('customSteps')), after: DEFAULT_CUSTOM_ANCHOR, title: '', text: '', reps: '' });
  const removeAt = (index: number) => {
    const id = getValues(`customSteps.${index}.id`);
    // Its switch and dose go with it (a later step may take the same id).
    const { [id]: _gone, ...steps } = getValues('steps');
    setValue('steps', steps, { shouldDirty: true });
    remove(index);
  };
  return (
    <PanelSection
      id="custom-title"
      title={t('booklet.custom.title')}
      hint={t('booklet.custom.hint')}
      action={
        <Button startIcon={<AddIcon />} onClick={add} disabled={fields.length >= MAX_CUSTOM}>
          {t('booklet.custom.add')}
        </Button>
      }
    >
      {fields.length === 0 ? (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {t('booklet.custom.empty')}
        </Typography>
      ) : (
        <Box sx={{ display: 'grid', gap: 2 }}>
          {fields.map((f, i) => (
            <CustomStep key={f.key} index={i} onRemove={removeAt} errorFor={errorFor} />
          ))}
        </Box>
      )}
      {errorFor('customSteps') && (
        <Typography variant="body2" sx={{ color: 'error.main', mt: 1 }}>
          {errorFor('customSteps')}
        </Typography>
      )}
    </PanelSection>
  );
}

function CustomStep({ index, onRemove, errorFor }: Props & { index: number; onRemove(index: number): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { control } = useBookletForm();
  const path = `customSteps.${index}` as const;
  const step = useWatch({ control, name: path }) as CustomStepValues;
  // A step just added takes the focus (one added earlier does not, when the screen opens).
  const [fresh] = useState(() => step.title === '' && step.text === '');
  const err = (field: string) => errorFor(`${path}.${field}`);
  const title = stepTitle(i18n, step.id, step.title);
  return (
    <Box
      component="fieldset"
      sx={{ m: 0, p: 2, pt: 1, border: 1, borderColor: 'divider', borderRadius: 1, minWidth: 0 }}
    >
      <Typography component="legend" variant="body2" sx={{ px: 0.5, fontWeight: 600 }}>
        {title}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 2, rowGap: 0.5 }}>
        <FormText
          name={`${path}.title`}
          label={t('booklet.custom.fieldTitle')}
          autoFocus={fresh}
          error={err('title')}
        />
        <FormText name={`${path}.text`} label={t('booklet.custom.fieldText')} multiline error={err('text')} />
        <AfterField index={index} error={err('after')} />
        <FormNumberField name={`${path}.reps`} label={t('booklet.custom.fieldReps')} error={err('reps')} />
      </Box>
      <Button
        size="small"
        color="inherit"
        startIcon={<DeleteIcon />}
        onClick={() => onRemove(index)}
        aria-label={t('booklet.custom.removeLabel', { title })}
        sx={{ color: 'text.secondary', ml: -0.75 }}
      >
        {t('booklet.custom.remove')}
      </Button>
    </Box>
  );
}

function FormText(props: { name: TextPath; label: string; error?: string; autoFocus?: boolean; multiline?: boolean }) {
  const { control } = useBookletForm();
  const { field } = useController({ control, name: props.name });
  return (
    <TextField
      size="small"
      label={props.label}
      value={field.value}
      onChange={field.onChange}
      onBlur={field.onBlur}
      autoFocus={props.autoFocus}
      {...(props.multiline ? { multiline: true, minRows: 2 } : {})}
      error={props.error !== undefined}
      helperText={props.error ?? ' '}
      sx={{ gridColumn: '1 / -1' }}
    />
  );
}

function AfterField({ index, error }: { index: number; error: string | undefined }) {
  const i18n = useI18n();
  const { control } = useBookletForm();
  const { field } = useController({ control, name: `customSteps.${index}.after` });
  return (
    <TextField
      select
      size="small"
      label={i18n.t('booklet.custom.fieldAfter')}
      value={field.value}
      onChange={field.onChange}
      error={error !== undefined}
      helperText={error ?? ' '}
    >
      {STEP_IDS.map((id) => (
        <MenuItem key={id} value={id}>
          {stepTitle(i18n, id)}
        </MenuItem>
      ))}
    </TextField>
  );
}
