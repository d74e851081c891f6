import { memo, type ReactNode } from 'react';
import { useController, useWatch } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import CircularProgress from '@mui/material/CircularProgress';
import type { UnaffectedLegMode } from '../../../shared/contract';
import type { Plan, PlanBlock } from '../../../shared/plan';
import { useI18n } from '../../i18n';
import { paths, useRouter } from '../../router';
import { FormAdherenceHint } from './AdherenceHint';
import { Confirmations } from './Confirmations';
import { CourseSection } from './CourseSection';
import type { PlanPanelProps } from './plan-panel-props';
export type { PlanPanelProps } from './plan-panel-props';
import { CustomStepsSection } from './CustomSteps';
import { PanelSection } from './fields';
import { FollowUps } from './FollowUps';
import { useBookletForm } from './form-fields';
import { ageBandText, editionHeadline, noticeText, stepTitle } from './plan-text';
import { StepList } from './StepList';

const SEVERITY = { full: 'success', specialist_care: 'warning', information: 'info' } as const;

/**
 * The left side: what the rules made of this child, and every setting the clinician may change.
 * Memoised: it follows main's answers and the settled errors, not each keystroke (the fields in
 * it follow the form themselves).
 */
export const PlanPanel = memo(function PlanPanel(props: PlanPanelProps) {
  const { result, checkups, invalid } = props;
  const i18n = useI18n();
  const { t } = i18n;
  const plan = result?.status === 'ok' ? result.plan : null;
  const program = plan?.edition.program === true;

  return (
    <Box sx={{ px: 3, pb: 4 }}>
      <Box sx={{ pt: 2.5, pb: 2.5, display: 'grid', gap: 1.5 }}>
        {!result && (
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, py: 1.5, color: 'text.secondary' }}>
            <CircularProgress size={20} aria-hidden />
            <Typography>{t('booklet.planLoading')}</Typography>
          </Box>
        )}
        {plan && <EditionSummary plan={plan} />}
        <FormAdherenceHint hint={props.adherence} program={program} />
        {result?.status === 'blocked' && <Blocks blocks={result.blocks} {...props} />}
        {invalid && <Alert severity="warning">{t('booklet.fixFields')}</Alert>}
      </Box>

      {props.changes}

      <Confirmations child={props.child} result={result} />

      <CourseSection plan={plan} program={program} {...props} />

      {program && plan && <ProgramOptions plan={plan} />}

      {program && plan && (
        <PanelSection id="steps-title" title={t('booklet.steps.title')} hint={t('booklet.steps.hint')}>
          <StepList plan={plan} errorFor={props.errorFor} />
        </PanelSection>
      )}

      {program && plan && <CustomStepsSection errorFor={props.errorFor} />}

      <NotesSection errorFor={props.errorFor} />

      {plan && <FollowUps checkups={checkups} />}

      {plan && <Notices plan={plan} />}
    </Box>
  );
});

/** The specialist's notes, and strapping with its note. */
function NotesSection({ errorFor }: Pick<PlanPanelProps, 'errorFor'>) {
  const { t } = useI18n();
  const { control } = useBookletForm();
  const notes = useController({ control, name: 'specialistNotes' }).field;
  const strapping = useController({ control, name: 'strapping' }).field;
  const strappingNote = useController({ control, name: 'strappingNote' }).field;
  return (
    <PanelSection id="notes-title" title={t('booklet.notes.title')}>
      <Alert severity="info" sx={{ mb: 1.5 }}>
        {t('booklet.notes.warning')}
      </Alert>
      <TextField
        multiline
        minRows={3}
        label={t('booklet.notes.label')}
        value={notes.value}
        onChange={notes.onChange}
        error={errorFor('specialistNotes') !== undefined}
        helperText={errorFor('specialistNotes') ?? t('booklet.notes.hint')}
      />
      <FormControlLabel
        sx={{ mt: 1.5, display: 'flex' }}
        control={<Switch checked={strapping.value} onChange={(e) => strapping.onChange(e.target.checked)} />}
        label={t('booklet.strapping.label')}
      />
      {strapping.value && (
        <TextField
          multiline
          minRows={2}
          sx={{ mt: 1 }}
          label={t('booklet.strapping.note')}
          value={strappingNote.value}
          onChange={strappingNote.onChange}
          error={errorFor('settings.prescribed.strappingNote') !== undefined}
          helperText={errorFor('settings.prescribed.strappingNote') ?? t('booklet.strapping.hint')}
        />
      )}
    </PanelSection>
  );
}

function EditionSummary({ plan }: { plan: Plan }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { edition } = plan;
  const meaning =
    edition.banner === 'supportive_measure'
      ? t('booklet.meaning.supportive')
      : edition.program
        ? t('booklet.meaning.full')
        : t(`booklet.meaning.${edition.kind}`);
  return (
    <Alert severity={SEVERITY[edition.kind]} data-testid="edition">
      <AlertTitle sx={{ fontSize: '1.0625rem', fontWeight: 700 }}>{editionHeadline(i18n, plan)}</AlertTitle>
      {meaning}
      {edition.program && <Box sx={{ mt: 0.5 }}>{ageBandText(i18n, plan)}</Box>}
    </Alert>
  );
}

function Blocks({ blocks, child, assessmentId }: PlanPanelProps & { blocks: PlanBlock[] }) {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const lines: ReactNode[] = blocks.map((b) => {
    switch (b.code) {
      case 'flexibility_unknown': {
        const side = b.sides.length === 1 ? b.sides[0]! : 'both';
        const to = assessmentId ? paths.assessEdit(assessmentId, child.id) : null;
        return (
          <Box key={b.code}>
            <Box component="p" sx={{ m: 0, fontWeight: 600 }}>
              {t(`booklet.block.flexibility_unknown.${side}`)}
            </Box>
            <Box component="p" sx={{ m: 0 }}>
              {t('booklet.block.flexibility_unknown.todo')}
            </Box>
            {to && (
              <Link
                href={to}
                onClick={(event) => {
                  event.preventDefault();
                  navigate(to);
                }}
                sx={{ fontWeight: 600 }}
              >
                {t('booklet.block.editAssessment')}
              </Link>
            )}
          </Box>
        );
      }
      default:
        return (
          <Box component="p" key={b.code} sx={{ m: 0 }}>
            {t(`booklet.block.${b.code}`)}
          </Box>
        );
    }
  });
  return (
    <Alert severity="error" data-testid="blocked">
      <AlertTitle sx={{ fontWeight: 700 }}>{t('booklet.blocked.title')}</AlertTitle>
      <Box sx={{ display: 'grid', gap: 1 }}>{lines}</Box>
    </Alert>
  );
}

function ProgramOptions({ plan }: { plan: Plan }) {
  const { t } = useI18n();
  const { control, setValue } = useBookletForm();
  const [unaffectedLegMode, includeMat, includeBath, exercisesInBreaks] = useWatch({
    control,
    name: ['unaffectedLegMode', 'includeMat', 'includeBath', 'exercisesInBreaks'],
  });
  const values = { unaffectedLegMode, includeMat, includeBath, exercisesInBreaks };
  const update = (patch: Partial<typeof values>) => {
    for (const [name, value] of Object.entries(patch) as [keyof typeof values, never][])
      setValue(name, value, { shouldDirty: true });
  };
  const leg = plan.diagnosis?.affected.unaffectedLegMode ?? null;
  const affected = plan.diagnosis?.affected.sides ?? [];
  const other = affected.length === 1 ? (affected[0] === 'left' ? 'right' : 'left') : null;
  const toggle = (checked: boolean, onChange: (v: boolean) => void, label: string) => (
    <FormControlLabel
      control={<Switch checked={checked} onChange={(e) => onChange(e.target.checked)} />}
      label={label}
    />
  );
  return (
    <PanelSection id="options-title" title={t('booklet.options.title')}>
      {leg && other && (
        <TextField
          select
          size="small"
          label={t(`booklet.field.unaffectedLeg.${other}`)}
          value={values.unaffectedLegMode || leg.value}
          onChange={(e) => update({ unaffectedLegMode: e.target.value as UnaffectedLegMode })}
          sx={{ mb: 1.5 }}
        >
          {(['full', 'light', 'skip'] as const).map((mode) => (
            <MenuItem key={mode} value={mode}>
              {mode === 'light' ? t('booklet.leg.default', { mode: t('booklet.leg.light') }) : t(`booklet.leg.${mode}`)}
            </MenuItem>
          ))}
        </TextField>
      )}
      <Box sx={{ display: 'flex', flexDirection: 'column' }}>
        {toggle(values.includeMat ?? true, (v) => update({ includeMat: v }), t('booklet.field.includeMat'))}
        {toggle(values.includeBath ?? true, (v) => update({ includeBath: v }), t('booklet.field.includeBath'))}
        {toggle(
          values.exercisesInBreaks ?? false,
          (v) => update({ exercisesInBreaks: v }),
          t('booklet.field.exercisesInBreaks'),
        )}
      </Box>
    </PanelSection>
  );
}

function Notices({ plan }: { plan: Plan }) {
  const i18n = useI18n();
  const { t } = i18n;
  const customSteps = useWatch({ control: useBookletForm().control, name: 'customSteps' });
  const titleOf = (id: string) => stepTitle(i18n, id, customSteps.find((c) => c.id === id)?.title);
  const lines = plan.notices.map((n) => noticeText(i18n, n, titleOf));
  for (const note of plan.notes)
    if (note.code === 'break_per_specialist')
      lines.push(t('booklet.notice.break_per_specialist', { days: note.breakDays }));
  if (lines.length === 0) return null;
  return (
    <PanelSection id="notices-title" title={t('booklet.notices.title')}>
      <Alert severity="info" icon={false}>
        <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </Box>
      </Alert>
    </PanelSection>
  );
}
