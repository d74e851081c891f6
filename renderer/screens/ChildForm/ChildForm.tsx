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
import AddIcon from '@mui/icons-material/PersonAddAlt';
import {
  ageOn,
  localToday,
  MAX_PATIENT_AGE_YEARS,
  type DuplicateMatch,
  type Patient,
  type PatientInput,
} from '../../../shared/contract';
import { describeError, validationIssues } from '../../errors';
import { useLeaveGuard } from '../../components/LeaveGuard';
import { dialogOpen, isMod, modKeys, useKeydown } from '../../hooks/shortcuts';
import { useI18n } from '../../i18n';
import { DuplicatesDialog } from './DuplicatesDialog';
import { GuardianFields } from './GuardianFields';
import {
  emptyGuardian,
  fieldOrder,
  guardianPath,
  LIST_PATH,
  MAX_GUARDIANS,
  sameValues,
  usableBirthDate,
  validate,
  type FieldErrors,
  type Focusable,
  type FormValues,
  type GuardianField,
  type GuardianValues,
} from './form-values';

interface Props {
  title: string;
  initial: FormValues;
  /** Sends the checked input to main; rejects with CallFailed. */
  save(input: PatientInput): Promise<Patient>;
  onSaved(patient: Patient): void;
  onCancel(): void;
  /** Children that look like this one; asked before saving, and a failed check never blocks. */
  findDuplicates?(input: PatientInput): Promise<DuplicateMatch[]>;
  onOpenDuplicate?(id: number): void;
  /** An element whose Esc is its own (the search field). */
  escapeOwner?: RefObject<HTMLElement | null>;
}

type SaveProblem = { kind: 'fields' } | { kind: 'error'; error: unknown } | null;

/** Moves `guardians.<i>.*` keys after guardians were removed or reordered; `to` gives each old index its new one. */
function remap<T>(record: Record<string, T>, to: (index: number) => number | null): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [path, value] of Object.entries(record)) {
    const match = /^guardians\.(\d+)\.(.+)$/.exec(path);
    if (!match) {
      out[path] = value;
      continue;
    }
    const index = to(Number(match[1]));
    if (index !== null) out[guardianPath(index, match[2] as GuardianField)] = value;
  }
  return out;
}

/** Create or edit a child and their guardians: inline checks from the shared schema, then main's answer. */
export function ChildForm(props: Props) {
  const { title, initial, save, onSaved, onCancel, findDuplicates, onOpenDuplicate, escapeOwner } = props;
  const { t, language, age, validation } = useI18n();
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<SaveProblem>(null);
  const [saving, setSaving] = useState(false);
  const [duplicates, setDuplicates] = useState<DuplicateMatch[] | null>(null);
  const inputs = useRef<Record<string, Focusable | null>>({});
  const focusNext = useRef<string | null>(null);

  const order = fieldOrder(language, values.guardians.length);
  const checked = useMemo(() => validate(values), [values]);
  const focus = (path: string) => inputs.current[path === LIST_PATH ? guardianPath(0, 'phone') : path]?.focus();

  useEffect(() => {
    // Start where typing is needed: the first empty field (after a prefilled name, the date).
    const first = (['firstName', 'lastName', 'dateOfBirth'] as const).filter((f) => initial[f] === '');
    const start = order.find((p) => (first as string[]).includes(p)) ?? order[0]!;
    focus(start);
    // Only when the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    // After adding, removing or reordering guardians: the field asked for, once it is on screen.
    if (focusNext.current) {
      focus(focusNext.current);
      focusNext.current = null;
    }
  });

  const dirty = !sameValues(values, initial);
  const leaveDialog = useLeaveGuard(dirty && !saving);

  const errorFor = (path: string): string | undefined => {
    const key = serverErrors[path] ?? (touched[path] || submitted ? checked.errors[path] : undefined);
    return key === undefined ? undefined : validation(key);
  };
  // No phone or email for anyone: said under the main contact's phone once the form was sent,
  // or once the main contact's phone and email were both left blank.
  const contactTouched = touched[guardianPath(0, 'phone')] && touched[guardianPath(0, 'email')];
  const contactKey = serverErrors[LIST_PATH] ?? (submitted || contactTouched ? checked.errors[LIST_PATH] : undefined);
  const contactError = contactKey === undefined ? undefined : validation(contactKey);
  const guardianErrorFor = (path: string) =>
    errorFor(path) ?? (path === guardianPath(0, 'phone') ? contactError : undefined);

  const clearServer = (...paths: string[]) =>
    setServerErrors((errors) => Object.fromEntries(Object.entries(errors).filter(([p]) => !paths.includes(p))));

  const change = <K extends 'firstName' | 'lastName' | 'dateOfBirth' | 'sex' | 'notes'>(
    field: K,
    value: FormValues[K],
  ) => {
    setValues((v) => ({ ...v, [field]: value }));
    clearServer(field);
  };
  const blur = (path: string) => setTouched((t) => ({ ...t, [path]: true }));

  const changeGuardian = (index: number, patch: Partial<GuardianValues>, field?: GuardianField) => {
    setValues((v) => ({ ...v, guardians: v.guardians.map((g, i) => (i === index ? { ...g, ...patch } : g)) }));
    if (field) clearServer(guardianPath(index, field), ...(field === 'phone' || field === 'email' ? [LIST_PATH] : []));
  };

  const reorder = (to: (index: number) => number | null, next: GuardianValues[], focusPath: string) => {
    setValues((v) => ({ ...v, guardians: next }));
    setTouched((t) => remap(t, to));
    setServerErrors((e) => remap(e, to));
    focusNext.current = focusPath;
  };
  const addGuardian = () => {
    const count = values.guardians.length;
    if (count >= MAX_GUARDIANS) return;
    const language = values.guardians[0]?.preferredLanguage ?? 'en';
    reorder((i) => i, [...values.guardians, emptyGuardian(language)], guardianPath(count, 'name'));
  };
  const removeGuardian = (index: number) => {
    const next = values.guardians.filter((_, i) => i !== index);
    reorder((i) => (i === index ? null : i > index ? i - 1 : i), next, guardianPath(Math.max(0, index - 1), 'name'));
  };
  const makeMain = (index: number) => {
    const moved = values.guardians[index]!;
    const next = [moved, ...values.guardians.filter((_, i) => i !== index)];
    reorder((i) => (i === index ? 0 : i < index ? i + 1 : i), next, guardianPath(0, 'name'));
  };

  const store = async (data: PatientInput) => {
    setSaving(true);
    try {
      const patient = await save(data);
      onSaved(patient);
    } catch (error) {
      setSaving(false);
      const issues = validationIssues(error);
      if (issues) {
        const fields: FieldErrors = {};
        for (const issue of issues) fields[issue.path] ??= issue.message;
        const placed = Object.keys(fields).filter((p) => order.includes(p));
        setServerErrors(fields);
        setProblem(
          placed.length && placed.length === Object.keys(fields).length ? { kind: 'fields' } : { kind: 'error', error },
        );
        const first = order.find((p) => fields[p]);
        if (first) focus(first);
      } else {
        setProblem({ kind: 'error', error });
      }
    }
  };

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (saving) return;
    setSubmitted(true);
    setProblem(null);
    const data = checked.data;
    if (!data) {
      const first = order.find((p) => checked.errors[p]);
      if (first) focus(first);
      return;
    }
    if (findDuplicates) {
      setSaving(true);
      let matches: DuplicateMatch[] = [];
      try {
        matches = await findDuplicates(data);
      } catch {
        // Only a warning: when it cannot be checked, the child is still saved.
      }
      if (matches.length) {
        setSaving(false);
        setDuplicates(matches);
        return;
      }
    }
    await store(data);
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

  const text = (
    field: 'firstName' | 'lastName' | 'dateOfBirth' | 'notes',
    label: string,
    extra: Parameters<typeof TextField>[0] = {},
  ) => {
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
    .map((f) => (
      <Box key={f}>
        {text(f as 'firstName' | 'lastName', t(f === 'firstName' ? 'field.firstName' : 'field.lastName'))}
      </Box>
    ));
  const full = values.guardians.length >= MAX_GUARDIANS;

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

        <Section title={t('childForm.sectionGuardians')}>
          <Typography variant="body2" sx={{ color: 'text.secondary', mt: -1 }}>
            {t('childForm.guardiansHint')}
          </Typography>
          {values.guardians.map((g, index) => (
            <GuardianFields
              key={g.key}
              index={index}
              guardian={g}
              only={values.guardians.length === 1}
              errorFor={guardianErrorFor}
              change={(patch, field) => changeGuardian(index, patch, field)}
              blur={(field) => blur(guardianPath(index, field))}
              remove={() => removeGuardian(index)}
              makeMain={() => makeMain(index)}
              inputRef={(field, el) => {
                inputs.current[guardianPath(index, field)] = el;
              }}
            />
          ))}
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <Button variant="outlined" startIcon={<AddIcon />} onClick={addGuardian} disabled={full}>
              {t('childForm.addGuardian')}
            </Button>
            {full && (
              <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                {t('childForm.maxGuardians', { count: MAX_GUARDIANS })}
              </Typography>
            )}
          </Stack>
        </Section>

        <Box sx={{ mb: 2 }}>
          {text('notes', t('field.notes'), {
            multiline: true,
            minRows: 2,
            maxRows: 8,
            helperText: errorFor('notes') ?? t('childForm.notesHint'),
          })}
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
      <DuplicatesDialog
        matches={duplicates}
        onBack={() => setDuplicates(null)}
        onCreate={() => {
          setDuplicates(null);
          if (checked.data) void store(checked.data);
        }}
        onOpen={(id) => {
          setDuplicates(null);
          onOpenDuplicate?.(id);
        }}
      />
      {leaveDialog}
    </Box>
  );
}

const grid = { display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 3, rowGap: 1 } as const;

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mb: 3, minWidth: 0 }}>
      <Typography component="legend" variant="h3" sx={{ mb: 2, p: 0 }}>
        {title}
      </Typography>
      <Stack spacing={1.5}>{children}</Stack>
    </Box>
  );
}
