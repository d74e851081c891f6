import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CircularProgress from '@mui/material/CircularProgress';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { ageOn, localToday, MAX_PATIENT_AGE_YEARS, type Patient, type PatientInput } from '../../../shared/contract';
import { describeError, validationIssues } from '../../errors';
import { useLeaveGuard } from '../../components/LeaveGuard';
import { dialogOpen, isMod, modKeys, useKeydown } from '../../hooks/shortcuts';
import { useI18n } from '../../i18n';
import {
  FIELDS,
  fieldOrder,
  issuesByField,
  usableBirthDate,
  validate,
  type Field,
  type FieldErrors,
  type FormValues,
} from './form-values';

interface Props {
  title: string;
  initial: FormValues;
  /** Sends the checked input to main; rejects with CallFailed. */
  save(input: PatientInput): Promise<Patient>;
  onSaved(patient: Patient): void;
  onCancel(): void;
  /** An element whose Esc is its own (the search field). */
  escapeOwner?: RefObject<HTMLElement | null>;
}

type SaveProblem = { kind: 'fields' } | { kind: 'error'; error: unknown } | null;

/** Create or edit a child: inline checks from the shared schema, then main's answer. */
export function ChildForm({ title, initial, save, onSaved, onCancel, escapeOwner }: Props) {
  const { t, language, age, validation } = useI18n();
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<Partial<Record<Field, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<SaveProblem>(null);
  const [saving, setSaving] = useState(false);
  const inputs = useRef<Partial<Record<Field, HTMLElement | null>>>({});

  const order = fieldOrder(language);
  const checked = useMemo(() => validate(values), [values]);

  useEffect(() => {
    // Start where typing is needed: the first empty field (after a prefilled name, the date).
    const first = order.find((f) => initial[f] === '') ?? order[0]!;
    inputs.current[first]?.focus();
    // Only when the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const dirty = FIELDS.some((f) => values[f] !== initial[f]);
  const leaveDialog = useLeaveGuard(dirty && !saving);

  const errorFor = (field: Field): string | undefined => {
    const key = serverErrors[field] ?? (touched[field] || submitted ? checked.errors[field] : undefined);
    return key === undefined ? undefined : validation(key);
  };

  const change = (field: Field, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setServerErrors(({ [field]: _, ...rest }) => rest);
  };
  const blur = (field: Field) => setTouched((t) => ({ ...t, [field]: true }));

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (saving) return;
    setSubmitted(true);
    setProblem(null);
    if (!checked.data) {
      const first = order.find((f) => checked.errors[f]);
      if (first) inputs.current[first]?.focus();
      return;
    }
    setSaving(true);
    try {
      const patient = await save(checked.data);
      onSaved(patient);
    } catch (error) {
      setSaving(false);
      const issues = validationIssues(error);
      if (issues) {
        const { fields, unplaced } = issuesByField(issues);
        setServerErrors(fields);
        setProblem(unplaced.length || !Object.keys(fields).length ? { kind: 'error', error } : { kind: 'fields' });
        const first = order.find((f) => fields[f]);
        if (first) inputs.current[first]?.focus();
      } else {
        setProblem({ kind: 'error', error });
      }
    }
  };

  useKeydown((event) => {
    if (event.defaultPrevented || dialogOpen()) return;
    if (isMod(event, 'enter')) {
      event.preventDefault();
      void submit();
    } else if (event.key === 'Escape' && event.target !== escapeOwner?.current) {
      event.preventDefault();
      onCancel();
    }
  });

  const today = localToday();
  const birthDate = usableBirthDate(values.dateOfBirth);
  const dobError = errorFor('dateOfBirth');
  const sexError = errorFor('sex');

  const text = (field: Field, label: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => {
    const error = errorFor(field);
    return (
      <TextField
        label={label}
        value={values[field]}
        onChange={(e) => change(field, e.target.value)}
        onBlur={() => blur(field)}
        error={error !== undefined}
        helperText={error ?? ' '}
        autoComplete="off"
        inputRef={(el: HTMLInputElement | null) => {
          inputs.current[field] = el;
        }}
        {...extra}
      />
    );
  };

  const nameFields = order
    .slice(0, 2)
    .map((f) => <Box key={f}>{text(f, t(f === 'firstName' ? 'field.firstName' : 'field.lastName'))}</Box>);

  return (
    <Box component="form" noValidate onSubmit={submit} aria-labelledby="child-form-title">
      <Typography variant="h1" id="child-form-title" sx={{ mb: 3 }}>
        {title}
      </Typography>
      <Card sx={{ p: 4 }}>
        <Section title={t('childForm.sectionChild')}>
          <Box sx={grid}>{nameFields}</Box>
          <Box sx={grid}>
            {text('dateOfBirth', t('field.dateOfBirth'), {
              type: 'date',
              helperText:
                dobError ?? (birthDate ? t('childForm.ageToday', { age: age(ageOn(birthDate, today)) }) : ' '),
              slotProps: {
                inputLabel: { shrink: true },
                htmlInput: { max: today, min: `${Number(today.slice(0, 4)) - MAX_PATIENT_AGE_YEARS}${today.slice(4)}` },
              },
            })}
            <Box>
              <FormLabel
                id="sex-label"
                error={sexError !== undefined}
                sx={{ display: 'block', mb: 0.75, fontSize: '0.875rem' }}
              >
                {t('field.sex')}
              </FormLabel>
              <ToggleButtonGroup
                exclusive
                color="primary"
                value={values.sex || null}
                onChange={(_e, value: FormValues['sex'] | null) => {
                  if (value) {
                    change('sex', value);
                    blur('sex');
                  }
                }}
                aria-labelledby="sex-label"
                sx={
                  sexError ? { '& .MuiToggleButton-root:not(.Mui-selected)': { borderColor: 'error.main' } } : undefined
                }
                aria-describedby={sexError ? 'sex-error' : undefined}
                ref={(el: HTMLElement | null) => {
                  inputs.current.sex = el?.querySelector('button') ?? null;
                }}
              >
                <ToggleButton value="female" sx={{ minWidth: 120 }}>
                  {t('sex.female')}
                </ToggleButton>
                <ToggleButton value="male" sx={{ minWidth: 120 }}>
                  {t('sex.male')}
                </ToggleButton>
              </ToggleButtonGroup>
              <FormHelperText id="sex-error" error={sexError !== undefined}>
                {sexError ?? ' '}
              </FormHelperText>
            </Box>
          </Box>
        </Section>
        <Section title={t('childForm.sectionGuardian')}>
          <Box sx={grid}>
            {text('guardianName', t('field.guardianName'))}
            {text('guardianPhone', t('field.guardianPhone'), {
              type: 'tel',
              slotProps: { htmlInput: { inputMode: 'tel' } },
            })}
          </Box>
        </Section>

        {problem && (
          <Alert severity="error" sx={{ mb: 3 }}>
            {problem.kind === 'fields'
              ? t('childForm.fixFields')
              : `${t('childForm.saveFailed')} ${describeError(t, problem.error)}`}
          </Alert>
        )}

        <Stack direction="row" spacing={1.5} sx={{ justifyContent: 'flex-end' }}>
          <Tooltip title={t('action.cancelTooltip')}>
            <Button onClick={onCancel} color="inherit">
              {t('action.cancel')}
            </Button>
          </Tooltip>
          <Tooltip title={t('action.saveTooltip', { keys: modKeys('Enter') })}>
            <span>
              <Button
                type="submit"
                variant="contained"
                disabled={saving}
                startIcon={saving ? <CircularProgress size={18} color="inherit" /> : undefined}
                sx={{ minWidth: 140 }}
              >
                {saving ? t('action.saving') : t('action.save')}
              </Button>
            </span>
          </Tooltip>
        </Stack>
      </Card>
      {leaveDialog}
    </Box>
  );
}

const grid = { display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 3, rowGap: 1 } as const;

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mb: 2, minWidth: 0 }}>
      <Typography component="legend" variant="h3" sx={{ mb: 2, p: 0 }}>
        {title}
      </Typography>
      <Stack spacing={1.5}>{children}</Stack>
    </Box>
  );
}
