import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { FormProvider, useForm, useWatch, type FieldErrors } from 'react-hook-form';
import {
  ageOn,
  FOOT_SIDES,
  isCalendarDate,
  type Assessment,
  type AssessmentInput,
  type Clinician,
  type Patient,
} from '../../../shared/contract';
import { useLeaveGuard } from '../../components/LeaveGuard';
import { staleIssue, StaleNotice } from '../../components/StaleNotice';
import { applyServerIssues, FormActions, useSaveShortcut } from '../../forms';
import { useI18n } from '../../i18n';
import { paths, useRouter } from '../../router';
import { FootFields } from './FootFields';
import { GrowthFields, NotesField, RedFlagFields } from './MoreFields';
import { VisitFields } from './VisitFields';
import { ASSESSMENT_FIELDS, assessmentFormSchema, type AssessmentValues } from './assessment-values';

interface Props {
  title: string;
  child: Patient;
  clinicians: Clinician[];
  initial: AssessmentValues;
  /** Sends the assessment to main; refusals come back as errors (VALIDATION lands on the fields). */
  save(input: AssessmentInput): Promise<Assessment>;
  onSaved(assessment: Assessment): void;
  onCancel(): void;
  /** Main names the fields under this prefix (`assessment.left.heelAngle` for an edit). */
  issuePrefix?: string;
  /** Editing: replace the form with the version someone else saved (after a stale refusal). */
  onLoadTheirs?(): void;
}

type Problem = { kind: 'fields' } | { kind: 'failed'; error: unknown } | null;

/** One visit's assessment: both feet side by side, red flags, weight and height, notes. */
export function AssessmentForm(props: Props) {
  const { title, child, clinicians, initial, save, onSaved, onCancel, issuePrefix = '' } = props;
  const { t, age } = useI18n();
  const { navigate } = useRouter();
  const form = useForm<AssessmentValues, unknown, z.output<typeof assessmentFormSchema>>({
    resolver: zodResolver(assessmentFormSchema),
    defaultValues: initial,
    mode: 'onTouched',
  });
  const { control, formState, handleSubmit, setError, setFocus } = form;
  const [problem, setProblem] = useState<Problem>(null);
  const [saved, setSaved] = useState(false);
  /** Someone saved this assessment since the form opened: said at the top; what was typed stays. */
  const [stale, setStale] = useState<ReturnType<typeof staleIssue>>(null);
  const leaveDialog = useLeaveGuard(formState.isDirty && !saved);
  const assessedOn = useWatch({ control, name: 'assessedOn' });

  useEffect(() => {
    // The first thing to enter on a new visit: the clinician when there is a choice, else the left foot's degree.
    setFocus(initial.clinicianId === '' ? 'clinicianId' : 'left.degree');
    // Only when the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const submit = handleSubmit(
    async (input) => {
      setProblem(null);
      try {
        const assessment = await save(input);
        setSaved(true);
        onSaved(assessment);
      } catch (error) {
        setStale(staleIssue(error));
        if (staleIssue(error)) return;
        let unplaced = false;
        const answered = applyServerIssues<AssessmentValues>(
          error,
          (path, err, options) => {
            // Main's paths are the contract's; an edit nests them under `assessment.`.
            if (path === 'root') unplaced = true;
            else setError(path.slice(issuePrefix.length) as typeof path, err, options);
          },
          // The key is kept: each field says it in the language shown (errorText).
          (key) => key,
          ASSESSMENT_FIELDS.map((f) => `${issuePrefix}${f}`),
        );
        setProblem(answered && !unplaced ? { kind: 'fields' } : { kind: 'failed', error });
      }
    },
    (_errors: FieldErrors<AssessmentValues>) => setProblem({ kind: 'fields' }),
  );
  useSaveShortcut(() => void submit(), onCancel);

  const name = t('name.full', { first: child.firstName, last: child.lastName });
  const visitDay = isCalendarDate(assessedOn) && assessedOn >= child.dateOfBirth ? assessedOn : null;

  return (
    <FormProvider {...form}>
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
          <StaleNotice issue={stale} onLoadTheirs={() => props.onLoadTheirs?.()} />
          <VisitFields clinicians={clinicians} recorded={initial.clinicianId} />
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 3, mb: 3 }}>
            {FOOT_SIDES.map((side) => (
              <FootFields key={side} side={side} />
            ))}
          </Box>
          <RedFlagFields />
          <GrowthFields />
          <NotesField />
          <FormActions
            saving={formState.isSubmitting}
            onCancel={onCancel}
            problem={problem}
            fixFieldsText={t('childForm.fixFields')}
            saveFailedText={t('childForm.saveFailed')}
          />
        </Card>
        {leaveDialog}
      </Box>
    </FormProvider>
  );
}
