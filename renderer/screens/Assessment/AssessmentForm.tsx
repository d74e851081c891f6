import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import Checkbox from '@mui/material/Checkbox';
import CircularProgress from '@mui/material/CircularProgress';
import FormControlLabel from '@mui/material/FormControlLabel';
import InputAdornment from '@mui/material/InputAdornment';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import {
  ageOn,
  FOOT_SIDES,
  isCalendarDate,
  localToday,
  RED_FLAGS,
  type Assessment,
  type AssessmentInput,
  type Clinician,
  type FootSide,
  type Patient,
  type RedFlag,
} from '../../../shared/contract';
import { useLeaveGuard } from '../../components/LeaveGuard';
import { describeError, validationIssues } from '../../errors';
import { dialogOpen, isMod, modKeys, useKeydown } from '../../hooks/shortcuts';
import { useI18n } from '../../i18n';
import { paths, useRouter } from '../../router';
import { FootFields, type FootField } from './FootFields';
import {
  ASSESSMENT_ORDER,
  sameAssessment,
  validateAssessment,
  type AssessmentErrors,
  type AssessmentValues,
  type FootValues,
} from './assessment-values';

type Focusable = { focus(): void };

interface Props {
  title: string;
  child: Patient;
  clinicians: Clinician[];
  initial: AssessmentValues;
  save(input: AssessmentInput): Promise<Assessment>;
  onSaved(assessment: Assessment): void;
  onCancel(): void;
  /** An element whose Esc is its own (the search field). */
  escapeOwner?: RefObject<HTMLElement | null>;
}

type SaveProblem = { kind: 'fields' } | { kind: 'error'; error: unknown } | null;

/** One visit's assessment: both feet side by side, red flags, weight and height, notes. */
export function AssessmentForm(props: Props) {
  const { title, child, clinicians, initial, save, onSaved, onCancel, escapeOwner } = props;
  const { t, age, validation } = useI18n();
  const { navigate } = useRouter();
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<AssessmentErrors>({});
  const [problem, setProblem] = useState<SaveProblem>(null);
  const [saving, setSaving] = useState(false);
  const inputs = useRef<Record<string, Focusable | null>>({});

  const checked = useMemo(() => validateAssessment(values, child.id), [values, child.id]);
  const dirty = !sameAssessment(values, initial);
  const leaveDialog = useLeaveGuard(dirty && !saving);
  const today = localToday();

  useEffect(() => {
    // The first thing to enter on a new visit: the left foot's degree (date and clinician are prefilled).
    const start = values.clinicianId === '' ? 'clinicianId' : 'left.degree';
    inputs.current[start]?.focus();
    // Only when the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const errorFor = (path: string): string | undefined => {
    let key = serverErrors[path] ?? (touched[path] || submitted ? checked.errors[path] : undefined);
    if (path === 'assessedOn' && key === 'dateInFuture') key = 'visitInFuture';
    return key === undefined ? undefined : validation(key);
  };
  const clearServer = (path: string) => setServerErrors(({ [path]: _, ...rest }) => rest);
  const blur = (path: string) => setTouched((v) => ({ ...v, [path]: true }));
  const set = <K extends keyof AssessmentValues>(field: K, value: AssessmentValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    clearServer(field);
  };

  const changeFoot = (side: FootSide, patch: Partial<FootValues>, field: FootField) => {
    setValues((v) => {
      const next = { ...v, [side]: { ...v[side], ...patch } };
      // The same method is usual for both feet: fill the other foot's when it is still empty.
      const other: FootSide = side === 'left' ? 'right' : 'left';
      if (patch.method && next[other].method === '') next[other] = { ...next[other], method: patch.method };
      return next;
    });
    clearServer(`${side}.${field}`);
    if (field === 'degree') clearServer(`${side}.method`);
  };

  const toggleFlag = (flag: RedFlag, on: boolean) =>
    set(
      'redFlags',
      RED_FLAGS.filter((f) => (f === flag ? on : values.redFlags.includes(f))),
    );

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (saving) return;
    setSubmitted(true);
    setProblem(null);
    const data = checked.data;
    if (!data) {
      const first = ASSESSMENT_ORDER.find((p) => checked.errors[p]);
      if (first) inputs.current[first]?.focus();
      return;
    }
    setSaving(true);
    try {
      onSaved(await save(data));
    } catch (error) {
      setSaving(false);
      const issues = validationIssues(error);
      if (issues) {
        const fields: AssessmentErrors = {};
        for (const issue of issues) fields[issue.path] ??= issue.message;
        const placed = Object.keys(fields).filter((p) => ASSESSMENT_ORDER.includes(p));
        setServerErrors(fields);
        setProblem(
          placed.length && placed.length === Object.keys(fields).length ? { kind: 'fields' } : { kind: 'error', error },
        );
        const first = ASSESSMENT_ORDER.find((p) => fields[p]);
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

  const numberField = (path: 'weightKg' | 'heightCm', label: string, unit: string) => {
    const error = errorFor(path);
    return (
      <TextField
        label={label}
        value={values[path]}
        onChange={(e) => set(path, e.target.value)}
        onBlur={() => blur(path)}
        error={error !== undefined}
        helperText={error ?? ' '}
        autoComplete="off"
        inputRef={(el: Focusable | null) => {
          inputs.current[path] = el;
        }}
        slotProps={{
          htmlInput: { inputMode: 'decimal' },
          input: { endAdornment: <InputAdornment position="end">{unit}</InputAdornment> },
        }}
      />
    );
  };

  const name = t('name.full', { first: child.firstName, last: child.lastName });
  const visitDay =
    isCalendarDate(values.assessedOn) && values.assessedOn >= child.dateOfBirth ? values.assessedOn : null;
  const active = clinicians.filter((c) => c.active || c.id === initial.clinicianId);
  const dateError = errorFor('assessedOn');
  const clinicianError = errorFor('clinicianId');

  return (
    <Box component="form" noValidate onSubmit={submit} aria-labelledby="assessment-title">
      <Link
        href={paths.child(child.id)}
        onClick={(event) => {
          event.preventDefault();
          navigate(paths.child(child.id));
        }}
        underline="hover"
        sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, mb: 3 }}
      >
        <ArrowBackIcon fontSize="small" />
        {name}
      </Link>
      <Typography variant="h1" id="assessment-title">
        {title}
      </Typography>
      <Typography sx={{ color: 'text.secondary', mt: 0.5, mb: 3, fontSize: '1.0625rem' }}>
        {visitDay ? t('assess.for', { name, age: age(ageOn(child.dateOfBirth, visitDay)) }) : name}
      </Typography>
      <Card sx={{ p: 4 }}>
        <Section title={t('assess.visit')}>
          <Box sx={grid}>
            <TextField
              type="date"
              label={t('field.assessedOn')}
              value={values.assessedOn}
              onChange={(e) => set('assessedOn', e.target.value)}
              onBlur={() => blur('assessedOn')}
              error={dateError !== undefined}
              helperText={dateError ?? ' '}
              inputRef={(el: Focusable | null) => {
                inputs.current.assessedOn = el;
              }}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today, min: child.dateOfBirth } }}
            />
            {active.length === 0 ? (
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
              <TextField
                select
                label={t('field.clinician')}
                value={values.clinicianId}
                onChange={(e) => set('clinicianId', Number(e.target.value))}
                onBlur={() => blur('clinicianId')}
                error={clinicianError !== undefined}
                helperText={clinicianError ?? ' '}
                inputRef={(el: Focusable | null) => {
                  inputs.current.clinicianId = el;
                }}
                slotProps={{ select: { MenuProps: { disableScrollLock: true } } }}
              >
                {active.map((c) => (
                  <MenuItem key={c.id} value={c.id}>
                    {c.active ? c.name : t('assess.inactive', { name: c.name })}
                    <Typography component="span" variant="body2" sx={{ color: 'text.secondary', ml: 1 }}>
                      {c.title}
                    </Typography>
                  </MenuItem>
                ))}
              </TextField>
            )}
          </Box>
        </Section>

        <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 3, mb: 3 }}>
          {FOOT_SIDES.map((side) => (
            <FootFields
              key={side}
              side={side}
              foot={values[side]}
              errorFor={(field) => errorFor(`${side}.${field}`)}
              change={(patch, field) => changeFoot(side, patch, field)}
              blur={(field) => blur(`${side}.${field}`)}
              inputRef={(field, el) => {
                inputs.current[`${side}.${field}`] = el;
              }}
            />
          ))}
        </Box>

        <Section title={t('assess.redFlags')} hint={t('assess.redFlagsHint')}>
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 3, rowGap: 0.5 }}>
            {RED_FLAGS.map((flag, index) => (
              <FormControlLabel
                key={flag}
                sx={{ alignItems: 'flex-start', m: 0 }}
                control={
                  <Checkbox
                    checked={values.redFlags.includes(flag)}
                    onChange={(e) => toggleFlag(flag, e.target.checked)}
                    color="error"
                    sx={{ mt: -0.75 }}
                    slotProps={{
                      input: {
                        'aria-describedby': `flag-${flag}-hint`,
                        ref:
                          index === 0
                            ? (el: Focusable | null) => {
                                inputs.current.redFlags = el;
                              }
                            : undefined,
                      },
                    }}
                  />
                }
                label={
                  <Box>
                    <Typography sx={{ fontWeight: 600 }}>{t(`redFlag.${flag}`)}</Typography>
                    <Typography id={`flag-${flag}-hint`} variant="body2" sx={{ color: 'text.secondary' }}>
                      {t(`redFlagHint.${flag}`)}
                    </Typography>
                  </Box>
                }
              />
            ))}
          </Box>
        </Section>

        <Section title={t('assess.growth')}>
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr 2fr', columnGap: 3, alignItems: 'start' }}>
            {numberField('weightKg', t('field.weight'), t('unit.kg'))}
            {numberField('heightCm', t('field.height'), t('unit.cm'))}
            <FormControlLabel
              sx={{ alignItems: 'flex-start', m: 0 }}
              control={
                <Checkbox
                  checked={values.overweight}
                  onChange={(e) => set('overweight', e.target.checked)}
                  sx={{ mt: -0.75 }}
                  slotProps={{ input: { 'aria-describedby': 'overweight-hint' } }}
                />
              }
              label={
                <Box>
                  <Typography sx={{ fontWeight: 600 }}>{t('field.overweight')}</Typography>
                  <Typography id="overweight-hint" variant="body2" sx={{ color: 'text.secondary' }}>
                    {t('assess.overweightHint')}
                  </Typography>
                </Box>
              }
            />
          </Box>
        </Section>

        <Box sx={{ mb: 3 }}>
          <TextField
            label={t('assess.notes')}
            value={values.notes}
            onChange={(e) => set('notes', e.target.value)}
            onBlur={() => blur('notes')}
            error={errorFor('notes') !== undefined}
            helperText={errorFor('notes') ?? ' '}
            multiline
            minRows={3}
            maxRows={12}
            inputRef={(el: Focusable | null) => {
              inputs.current.notes = el;
            }}
          />
        </Box>

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

function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mb: 3, minWidth: 0 }}>
      <Typography component="legend" variant="h3" sx={{ mb: hint ? 0.5 : 2, p: 0 }}>
        {title}
      </Typography>
      {hint && (
        <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2 }}>
          {hint}
        </Typography>
      )}
      {children}
    </Box>
  );
}
