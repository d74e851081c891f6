import { useEffect, useRef, useState, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/PersonAddAlt';
import { useFieldArray, useForm, type FieldPath } from 'react-hook-form';
import {
  DEFAULT_SETTINGS,
  type DuplicateMatch,
  type Patient,
  type PatientInput,
  type StaleIssue,
} from '../../../shared/contract';
import { useLeaveGuard } from '../../components/LeaveGuard';
import { staleIssue, StaleNotice } from '../../components/StaleNotice';
import { validationIssues } from '../../errors';
import { applyServerIssues, FormActions, useSaveShortcut, type FormActionsProps } from '../../forms';
import { useI18n } from '../../i18n';
import { useOptionalSettings } from '../../settings-context';
import { ChildFields, nameOrder } from './ChildFields';
import { DuplicatesDialog } from './DuplicatesDialog';
import { childResolver } from './form-resolver';
import { emptyGuardian, guardianPath, MAX_GUARDIANS, type FormValues } from './form-values';
import { GuardianFields } from './GuardianFields';
import { TextInput } from './TextInput';
import { useCan } from '../../session';

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
  /** Editing: replace the form with the version someone else saved (after a stale refusal). */
  onLoadTheirs?(): void;
}

/** The fields main may name in a refusal; anything else is said above the buttons. */
const KNOWN_FIELDS = ['firstName', 'middleName', 'lastName', 'dateOfBirth', 'sex', 'notes', 'guardians'] as const;

/** Create or edit a child and their guardians: checked with the contract's schema, then by main. */
export function ChildForm(props: Props) {
  const { title, initial, save, onSaved, onCancel, findDuplicates, onOpenDuplicate, onLoadTheirs } = props;
  const i18n = useI18n();
  const { t, language } = i18n;
  const message = i18n.validation;
  const country = useOptionalSettings()?.country ?? DEFAULT_SETTINGS.country;
  const mayReadNotes = useCan()('assessments:list');
  const form = useForm<FormValues, unknown, PatientInput>({
    defaultValues: initial,
    resolver: childResolver,
    mode: 'onTouched',
    reValidateMode: 'onChange',
  });
  const { control, handleSubmit, setError, setFocus, formState } = form;
  const { isDirty } = formState;
  const rows = useFieldArray({ control, name: 'guardians' });
  const [problem, setProblem] = useState<FormActionsProps['problem']>(null);
  const [saving, setSaving] = useState(false);
  /** Someone saved this child since the form opened: said at the top; what was typed stays. */
  const [stale, setStale] = useState<StaleIssue | null>(null);
  const [duplicates, setDuplicates] = useState<{ matches: DuplicateMatch[]; input: PatientInput } | null>(null);
  const focusNext = useRef<FieldPath<FormValues> | null>(null);
  const leaveDialog = useLeaveGuard(isDirty && !saving);

  useEffect(() => {
    // Start where typing is needed: the first empty field (after a prefilled name, the date).
    const order = [...nameOrder(language).filter((f) => f !== 'middleName'), 'dateOfBirth'] as const;
    setFocus(order.find((f) => initial[f] === '') ?? order[0]);
    // Only when the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    // After removing or reordering guardians: the field asked for, once it is on screen.
    if (focusNext.current) setFocus(focusNext.current);
    focusNext.current = null;
  }, [rows.fields, setFocus]);

  const store = async (input: PatientInput) => {
    setSaving(true);
    try {
      onSaved(await save(input));
    } catch (error) {
      setSaving(false);
      setStale(staleIssue(error));
      if (staleIssue(error)) return;
      // Errors hold message keys, main's as the schema's: the fields turn them into sentences.
      if (!applyServerIssues(error, setError, (key) => key, KNOWN_FIELDS)) setProblem({ kind: 'failed', error });
      else {
        const unplaced = validationIssues(error)?.some((i) => !KNOWN_FIELDS.some((f) => i.path.startsWith(f)));
        setProblem(unplaced ? { kind: 'failed', error } : { kind: 'fields' });
      }
    }
  };

  const submit = handleSubmit(async (input) => {
    setProblem(null);
    if (findDuplicates) {
      setSaving(true);
      let matches: DuplicateMatch[] = [];
      try {
        matches = await findDuplicates(input);
      } catch {
        // Only a warning: when it cannot be checked, the child is still saved.
      }
      if (matches.length) {
        setSaving(false);
        setDuplicates({ matches, input });
        return;
      }
    }
    await store(input);
  });
  const trySave = () => {
    if (!saving) void submit();
  };
  useSaveShortcut(trySave, onCancel);

  const addGuardian = () => {
    if (rows.fields.length >= MAX_GUARDIANS) return;
    const reads = form.getValues('guardians.0.preferredLanguage') ?? language;
    rows.append(emptyGuardian(reads), { focusName: guardianPath(rows.fields.length, 'name') });
  };
  const removeGuardian = (index: number) => {
    focusNext.current = guardianPath(Math.max(0, index - 1), 'name');
    rows.remove(index);
  };
  const makeMain = (index: number) => {
    focusNext.current = guardianPath(0, 'name');
    rows.move(index, 0);
  };
  const full = rows.fields.length >= MAX_GUARDIANS;

  return (
    <Box
      component="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        trySave();
      }}
      aria-labelledby="child-form-title"
    >
      <Typography variant="h1" id="child-form-title" sx={{ mb: 3 }}>
        {title}
      </Typography>
      <Card sx={{ p: 4 }}>
        <StaleNotice issue={stale} onLoadTheirs={() => onLoadTheirs?.()} />
        <Section title={t('childForm.sectionChild')}>
          <ChildFields control={control} message={message} />
        </Section>

        <Section title={t('childForm.sectionGuardians')}>
          <Typography variant="body2" sx={{ color: 'text.secondary', mt: -1 }}>
            {t('childForm.guardiansHint')}
          </Typography>
          {rows.fields.map((row, index) => (
            <GuardianFields
              key={row.id}
              rowId={row.id}
              control={control}
              index={index}
              only={rows.fields.length === 1}
              message={message}
              country={country}
              remove={() => removeGuardian(index)}
              makeMain={() => makeMain(index)}
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

        {/* Notes are clinical: main neither sends them to the front desk nor lets it change them. */}
        {mayReadNotes && (
          <Box sx={{ mb: 2 }}>
            <TextInput
              control={control}
              name="notes"
              label={t('field.notes')}
              message={message}
              hint={t('childForm.notesHint')}
              extra={{ multiline: true, minRows: 2, maxRows: 8, fullWidth: true }}
            />
          </Box>
        )}

        <FormActions
          saving={saving}
          onCancel={onCancel}
          problem={problem}
          fixFieldsText={t('childForm.fixFields')}
          saveFailedText={t('childForm.saveFailed')}
        />
      </Card>
      <DuplicatesDialog
        matches={duplicates?.matches ?? null}
        onBack={() => setDuplicates(null)}
        onCreate={() => {
          const input = duplicates?.input;
          setDuplicates(null);
          if (input) void store(input);
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
