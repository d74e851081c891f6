import { useCallback, useEffect, useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import {
  ageOn,
  localToday,
  type AppInfo,
  type BookletAction,
  type BookletDraft,
  type Patient,
  type PlanChoices,
  type PlanMode,
} from '../../../shared/contract';
import { useApiMutation } from '../../data';
import { useLeaveGuard } from '../../components/LeaveGuard';
import { useNotifier } from '../../components/Notifier';
import { describeError, validationIssues } from '../../errors';
import { dialogOpen, isMod, isTyping, useKeydown } from '../../hooks/shortcuts';
import { useI18n } from '../../i18n';
import { paths, useRouter } from '../../router';
import { BookletBar } from './BookletBar';
import {
  checkValues,
  DEFAULT_CUSTOM_ANCHOR,
  EMPTY_STEP,
  fromChoices,
  nextCustomId,
  toChoices,
  type BookletErrors,
  type BookletValues,
  type CheckedValues,
  type CustomStepValues,
  type StepValues,
} from './booklet-values';
import { fileNameFor } from '../../file-delivery';
import { handOverIssued } from './hand-over';
import { PdfPreview } from './PdfPreview';
import { bookletValidation } from './plan-text';
import { PlanChanges, PlanModeChoice } from './PlanMode';
import { PlanPanel } from './PlanPanel';
import { usePreview } from './usePreview';

const NO_ERRORS: BookletErrors = {};

/** The domains issuing a booklet changes (not `booklets`: that would render the preview again). */
const ISSUE_CHANGES = ['booklets', 'care-plans', 'appointments', 'recall', 'patients'];

/**
 * How long typing settles before the plan and the preview follow: short, so the first page of the
 * new preview shows within half a second of an edit (tests/bench/preview-ui.bench.ts); a request
 * made superseded by further typing is aborted (usePreview).
 */
export const SETTLE_MS = 80;

/** The app bar's height (AppShell): the split view fills the window below it. */
const APP_BAR_HEIGHT = 65;

interface Props {
  child: Patient;
  /** Where the editor starts (`booklets:draft`): the current plan's choices and a new plan's. */
  draft: BookletDraft;
  mode: AppInfo['mode'];
}

/** The plan being continued: its start and the choices of its last booklet. */
interface CurrentPlan {
  startDate: string;
  createdAt: string;
  choices: PlanChoices;
}

interface Form {
  mode: PlanMode;
  /** Entries per plan mode, so switching back and forth loses nothing. */
  byMode: Record<PlanMode, BookletValues>;
}

interface Settled {
  /** The plan mode the entries were checked for. */
  mode: PlanMode;
  checked: CheckedValues;
  /** The last choices without errors; the plan and the preview follow them. */
  good: PlanChoices | null;
}

/** A form's identity for the leave guard: the plan mode and the choices as entered. */
const keyOf = (mode: PlanMode, base: PlanChoices, values: BookletValues) =>
  JSON.stringify({ mode, choices: toChoices(base, values).input });

/** Prepare booklet: the plan on the left, the live PDF on the right, language, paper and print below. */
export function BookletEditor({ child, draft, mode }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const { notify } = useNotifier();
  const { navigate, back } = useRouter();
  // Screens mounted later read again anyway; these are the ones that may be on show meanwhile.
  const issueCall = useApiMutation('booklets:issue', { invalidates: ISSUE_CHANGES });
  const [current, setCurrent] = useState<CurrentPlan | null>(draft.currentPlan);
  const [initial] = useState(() => {
    const form: Form = {
      mode: draft.currentPlan ? 'continue' : 'new',
      byMode: { continue: fromChoices(draft.currentPlan?.choices ?? draft.choices), new: fromChoices(draft.fresh) },
    };
    const base = draft.currentPlan?.choices ?? draft.fresh;
    return { form, key: keyOf(form.mode, base, form.byMode[form.mode]) };
  });
  const [form, setForm] = useState<Form>(initial.form);
  const planMode: PlanMode = current ? form.mode : 'new';
  const base = planMode === 'continue' && current ? current.choices : draft.fresh;
  const values = form.byMode[planMode];
  const [settled, setSettled] = useState<Settled>(() => {
    const checked = checkValues(base, values, child.dateOfBirth);
    return { mode: planMode, checked, good: checked.choices };
  });
  const [serverErrors, setServerErrors] = useState<BookletErrors>(NO_ERRORS);
  const [issuing, setIssuing] = useState<BookletAction | 'print-browser' | null>(null);
  const [issuedKey, setIssuedKey] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  // The plan and the preview follow the entries once typing pauses.
  useEffect(() => {
    const timer = setTimeout(() => {
      const checked = checkValues(base, values, child.dateOfBirth);
      // The other plan's last valid choices are no stand-in for this one's.
      setSettled((s) => ({
        mode: planMode,
        checked,
        good: checked.choices ?? (s.mode === planMode ? s.good : null),
      }));
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [planMode, base, values, child.dateOfBirth]);

  // Main composes from the database and computes the plan; the screen sends ids and choices only.
  const preview = usePreview(
    settled.good ? { patientId: child.id, assessmentId: draft.assessmentId, choices: settled.good } : null,
  );
  const result = preview.answer?.plan ?? null;
  const printable = result?.status === 'ok' && settled.checked.choices !== null;

  const currentKey = useMemo(() => keyOf(planMode, base, values), [planMode, base, values]);
  const dirty = currentKey !== initial.key && currentKey !== issuedKey;
  const leaveDialog = useLeaveGuard(dirty && issuing === null);

  const previewIssues = validationIssues(preview.error);
  const errors = useMemo(() => {
    const all: BookletErrors = { ...settled.checked.errors, ...serverErrors };
    for (const issue of validationIssues(preview.error) ?? []) all[issue.path] ??= issue.message;
    return all;
  }, [settled.checked.errors, serverErrors, preview.error]);
  const errorFor = (path: string) => (errors[path] === undefined ? undefined : bookletValidation(i18n, errors[path]));

  // Stable, so the step list (memoised) skips re-rendering while other fields are typed in.
  const change = useCallback((next: (v: BookletValues) => BookletValues) => {
    setForm((f) => ({ ...f, byMode: { ...f.byMode, [f.mode]: next(f.byMode[f.mode]) } }));
    setServerErrors(NO_ERRORS);
    setFailure(null);
  }, []);
  const switchMode = (mode: PlanMode) => {
    setForm((f) => ({ ...f, mode }));
    setServerErrors(NO_ERRORS);
    setFailure(null);
  };
  const update = (patch: Partial<BookletValues>) => change((v) => ({ ...v, ...patch }));
  const updateStep = useCallback(
    (id: string, patch: Partial<StepValues>) =>
      change((v) => ({ ...v, steps: { ...v.steps, [id]: { ...(v.steps[id] ?? EMPTY_STEP), ...patch } } })),
    [change],
  );
  const updateCustom = (index: number, patch: Partial<CustomStepValues>) =>
    change((v) => ({ ...v, customSteps: v.customSteps.map((c, i) => (i === index ? { ...c, ...patch } : c)) }));
  const addCustom = () =>
    change((v) => ({
      ...v,
      customSteps: [
        ...v.customSteps,
        { id: nextCustomId(v.customSteps), after: DEFAULT_CUSTOM_ANCHOR, title: '', text: '', reps: '' },
      ],
    }));
  const removeCustom = (index: number) =>
    change((v) => {
      const removed = v.customSteps[index]?.id;
      const steps = { ...v.steps };
      if (removed) delete steps[removed];
      return { ...v, steps, customSteps: v.customSteps.filter((_, i) => i !== index) };
    });

  const name = t('name.full', { first: child.firstName, last: child.lastName });
  const fileName = fileNameFor({ child, what: t('file.booklet'), date: localToday(), extension: 'pdf' });

  /**
   * Main composes, renders, archives and hands over the booklet exactly as the entries are now, and
   * stores the plan: the current one continued, or a new one in its place.
   */
  const issue = async (action: BookletAction | 'print-browser') => {
    if (issuing) return;
    const checked = checkValues(base, values, child.dateOfBirth);
    if (!checked.choices || !printable) {
      notify(t('booklet.cannotPrint'), 'info');
      return;
    }
    const choices = checked.choices;
    setIssuing(action);
    setFailure(null);
    try {
      const result = await issueCall.mutateAsync({
        patientId: child.id,
        assessmentId: draft.assessmentId,
        choices,
        plan: planMode,
        action: action === 'print-browser' ? 'download' : action,
      });
      if (!result.booklet) {
        notify(t('booklet.cancelled'), 'info');
        return;
      }
      // The plan just issued is the child's current one now: a further print continues it.
      setCurrent({ startDate: choices.settings.startDate, createdAt: result.booklet.createdAt, choices });
      setForm((f) => ({ mode: 'continue', byMode: { ...f.byMode, continue: values } }));
      setIssuedKey(keyOf('continue', choices, values));
      await handOverIssued(result, action, fileName, notify, t);
    } catch (error) {
      const issues = validationIssues(error);
      if (issues?.length) {
        const fields: BookletErrors = {};
        for (const i of issues) fields[i.path] ??= i.message;
        setServerErrors(fields);
      }
      setFailure(error);
    } finally {
      setIssuing(null);
    }
  };
  const print = () => void issue(mode === 'electron' ? 'print' : 'print-browser');
  const leave = () => back(paths.child(child.id));

  useKeydown((event) => {
    if (event.defaultPrevented || dialogOpen()) return;
    if (isMod(event, 'p')) {
      // Always ours: the browser's own print would print this screen, not the booklet.
      event.preventDefault();
      if (printable) print();
      else notify(t('booklet.cannotPrint'), 'info');
    } else if (event.key === 'Escape' && !isTyping(event.target)) {
      // Esc in a dose or a note belongs to the field (useSaveShortcut's rule), not to leaving.
      event.preventDefault();
      leave();
    }
  });

  const start = settled.good?.settings.startDate ?? base.settings.startDate;
  return (
    <Box
      sx={{
        // Full width under the app bar, whatever the page container's width and padding.
        mx: 'calc(50% - 50vw)',
        my: -4,
        width: '100vw',
        height: `calc(100vh - ${APP_BAR_HEIGHT}px)`,
        display: 'grid',
        // Header, then the actions (Print, Download… reachable in a few Tabs), then plan and preview.
        gridTemplateRows: 'auto auto minmax(0, 1fr)',
        bgcolor: 'background.paper',
      }}
    >
      <Box
        component="header"
        sx={{
          display: 'flex',
          alignItems: 'baseline',
          gap: 2,
          px: 3,
          py: 1.5,
          borderBottom: 1,
          borderColor: 'divider',
          flexWrap: 'wrap',
          rowGap: 0.5,
        }}
      >
        <Tooltip title={t('booklet.backTooltip')}>
          <Link
            href={paths.child(child.id)}
            onClick={(event) => {
              event.preventDefault();
              navigate(paths.child(child.id));
            }}
            underline="hover"
            sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, alignSelf: 'center' }}
          >
            <ArrowBackIcon fontSize="small" />
            {name}
          </Link>
        </Tooltip>
        <Typography variant="h1" sx={{ fontSize: '1.375rem' }}>
          {t('booklet.title')}
        </Typography>
        <Typography sx={{ color: 'text.secondary' }}>
          {t('booklet.for', { name, age: i18n.age(ageOn(child.dateOfBirth, start)) })}
          {draft.assessedOn && ` · ${t('booklet.assessedOn', { date: i18n.date(draft.assessedOn) })}`}
        </Typography>
        {current && <PlanModeChoice mode={planMode} onMode={switchMode} startedOn={current.startDate} />}
      </Box>

      <BookletBar
        mode={mode}
        language={values.language}
        paper={values.paper}
        onLanguage={(language) => update({ language })}
        onPaper={(paper) => update({ paper })}
        printable={printable}
        issuing={issuing}
        failure={failure}
        onIssue={(action) => void issue(action)}
        onPrint={print}
      />
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: 'minmax(440px, 5fr) minmax(0, 6fr)',
          minHeight: 0,
        }}
      >
        <Box
          component="section"
          aria-label={t('booklet.planLabel')}
          sx={{ overflowY: 'auto', borderRight: 1, borderColor: 'divider', minHeight: 0 }}
        >
          <PlanPanel
            child={child}
            values={values}
            result={result}
            checkups={preview.answer?.checkups ?? []}
            adherence={draft.adherence}
            invalid={settled.checked.choices === null}
            assessmentId={draft.assessmentId}
            changes={
              planMode === 'continue' &&
              settled.mode === 'continue' &&
              current &&
              settled.good && (
                <PlanChanges since={current.choices} issuedAt={current.createdAt} choices={settled.good} />
              )
            }
            update={update}
            updateStep={updateStep}
            updateCustom={updateCustom}
            addCustom={addCustom}
            removeCustom={removeCustom}
            errors={errors}
            errorFor={errorFor}
          />
        </Box>
        <Box component="section" aria-label={t('booklet.preview.label')} sx={{ minHeight: 0, minWidth: 0 }}>
          {result?.status === 'blocked' ? (
            <Box sx={{ p: 4, height: '100%', bgcolor: 'action.hover' }}>
              <Alert severity="info">{t('booklet.preview.blocked')}</Alert>
            </Box>
          ) : (
            <Box sx={{ height: '100%', display: 'flex', flexDirection: 'column' }}>
              {preview.error !== null && !previewIssues?.length && (
                <Alert
                  severity="error"
                  sx={{ borderRadius: 0 }}
                  action={
                    <Button color="inherit" size="small" onClick={preview.retry}>
                      {t('action.retry')}
                    </Button>
                  }
                >
                  {t('booklet.preview.failed')} {describeError(t, preview.error)}
                </Alert>
              )}
              <Box sx={{ flex: 1, minHeight: 0 }}>
                <PdfPreview pdf={preview.pdf} busy={preview.pending} />
              </Box>
            </Box>
          )}
        </Box>
      </Box>

      {leaveDialog}
    </Box>
  );
}
