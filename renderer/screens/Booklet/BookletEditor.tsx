import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
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
  type Checkup,
  type Patient,
  type PlanChoices,
  type PlanMode,
} from '../../../shared/contract';
import { useApiMutation } from '../../data';
import { applyServerIssues } from '../../forms';
import { useLeaveGuard } from '../../components/LeaveGuard';
import { useNotifier } from '../../components/Notifier';
import { describeError, validationIssues } from '../../errors';
import { dialogOpen, isMod, isTyping, useKeydown } from '../../hooks/shortcuts';
import { useI18n } from '../../i18n';
import { paths, useRouter } from '../../router';
import { BookletBar } from './BookletBar';
import { bookletResolver, flatErrors, withLibrarySteps, type ResolverContext } from './booklet-resolver';
import { checkValues, fromChoices, toChoices, type BookletValues } from './booklet-values';
import { fileNameFor } from '../../file-delivery';
import { handOverIssued } from './hand-over';
import { PdfPreview } from './PdfPreview';
import { bookletValidation } from './plan-text';
import { PlanChanges, PlanModeChoice } from './PlanMode';
import { PlanPanel } from './PlanPanel';
import { useFirstPageFirst, usePreview } from './usePreview';

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

const NO_CHECKUPS: Checkup[] = [];

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

interface Settled {
  /** The plan mode the entries were checked for. */
  mode: PlanMode;
  /** The entries as they settled passed the contract's schema. */
  valid: boolean;
  /** The last choices without errors; the plan and the preview follow them. */
  good: PlanChoices | null;
}

/** A form's identity for the leave guard: the plan mode and the choices as entered. */
const keyOf = (mode: PlanMode, base: PlanChoices, values: BookletValues) =>
  JSON.stringify({ mode, choices: toChoices(base, values).input });

/**
 * Prepare booklet: the plan on the left, the live PDF on the right, language, paper and print below.
 * The entries are a react-hook-form form checked by the contract's PlanChoices (booklet-resolver.ts);
 * the fields follow the form themselves, so typing re-renders a field, not this screen. Once typing
 * pauses the entries are checked, and the plan and the preview follow the last valid choices.
 */
export function BookletEditor({ child, draft, mode }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const { notify } = useNotifier();
  const { navigate, back } = useRouter();
  // Screens mounted later read again anyway; these are the ones that may be on show meanwhile.
  const issueCall = useApiMutation('booklets:issue', { invalidates: ISSUE_CHANGES });
  const [current, setCurrent] = useState<CurrentPlan | null>(draft.currentPlan);
  const [formMode, setFormMode] = useState<PlanMode>(draft.currentPlan ? 'continue' : 'new');
  // Entries per plan mode, so switching back and forth loses nothing (the form holds the shown one).
  const [initial] = useState(() => {
    const byMode: Record<PlanMode, BookletValues> = {
      continue: withLibrarySteps(fromChoices(draft.currentPlan?.choices ?? draft.choices)),
      new: withLibrarySteps(fromChoices(draft.fresh)),
    };
    const m: PlanMode = draft.currentPlan ? 'continue' : 'new';
    return { byMode, mode: m, key: keyOf(m, draft.currentPlan?.choices ?? draft.fresh, byMode[m]) };
  });
  const stash = useRef(initial.byMode);
  const planMode: PlanMode = current ? formMode : 'new';
  const baseFor = useCallback(
    (m: PlanMode, plan: CurrentPlan | null) => (m === 'continue' && plan ? plan.choices : draft.fresh),
    [draft.fresh],
  );
  const base = baseFor(planMode, current);
  // The resolver reads the current plan's base choices from here, and leaves its answer in it.
  const context = useMemo<ResolverContext>(
    () => ({ base, bornOn: child.dateOfBirth, parsed: null }),
    [base, child.dateOfBirth],
  );
  const form = useForm<BookletValues, ResolverContext, PlanChoices>({
    defaultValues: initial.byMode[initial.mode],
    resolver: bookletResolver,
    context,
    // Checked when typing pauses (and before printing); a refused print focuses nothing.
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  // What the callbacks below read between renders (the form's subscription outlives a render).
  const live = useRef({ mode: planMode, base, context });
  useLayoutEffect(() => {
    live.current = { mode: planMode, base, context };
  });
  const [settled, setSettled] = useState<Settled>(() => {
    const checked = checkValues(base, initial.byMode[initial.mode], child.dateOfBirth);
    return { mode: planMode, valid: checked.choices !== null, good: checked.choices };
  });
  const [dirty, setDirty] = useState(false);
  const issuedKey = useRef<string | null>(null);
  const [issuing, setIssuing] = useState<BookletAction | 'print-browser' | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  /** Checks the entries; resolves to the choices, or null while a field needs attention. */
  const check = useCallback(async () => ((await form.trigger()) ? live.current.context.parsed : null), [form]);

  // The plan and the preview follow the entries once typing pauses; a newer check wins.
  const checks = useRef(0);
  const settle = useCallback(async () => {
    const n = ++checks.current;
    const m = live.current.mode;
    const choices = await check();
    if (n !== checks.current) return;
    // The other plan's last valid choices are no stand-in for this one's.
    setSettled((s) => ({ mode: m, valid: choices !== null, good: choices ?? (s.mode === m ? s.good : null) }));
  }, [check]);
  const isDirty = useCallback(
    (m: PlanMode, b: PlanChoices, values: BookletValues) => {
      const key = keyOf(m, b, values);
      return key !== initial.key && key !== issuedKey.current;
    },
    [initial.key],
  );
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const changed = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void settle(), SETTLE_MS);
    setDirty(isDirty(live.current.mode, live.current.base, form.getValues()));
    setFailure(null);
  }, [settle, form, isDirty]);
  useEffect(() => {
    // Every change of an entry (typed, switched, reset), without re-rendering this screen.
    const unsubscribe = form.subscribe({ formState: { values: true }, callback: () => changed() });
    // The first check shows what needs attention in the entries the screen opened with.
    void check();
    return () => {
      unsubscribe();
      clearTimeout(timer.current);
    };
  }, [form, changed, check]);

  // Main composes from the database and computes the plan; the screen sends ids and choices only.
  const preview = usePreview(
    settled.good ? { patientId: child.id, assessmentId: draft.assessmentId, choices: settled.good } : null,
  );
  const result = preview.answer?.plan ?? null;
  const printable = result?.status === 'ok' && settled.valid;
  const { panelAnswer, onFirstPage } = useFirstPageFirst(preview.answer);
  const panelResult = panelAnswer?.plan ?? null;
  const panelCheckups = panelAnswer?.checkups ?? NO_CHECKUPS;

  const leaveDialog = useLeaveGuard(dirty && issuing === null);

  const previewIssues = validationIssues(preview.error);
  const flat = flatErrors(form.formState.errors);
  for (const issue of previewIssues ?? []) flat[issue.path] ??= issue.message;
  const flatKey = JSON.stringify(flat);
  const errorFor = useMemo(() => {
    const keys = JSON.parse(flatKey) as Record<string, string>;
    return (path: string) => (keys[path] === undefined ? undefined : bookletValidation(i18n, keys[path]));
  }, [flatKey, i18n]);

  const changes = useMemo(
    () =>
      planMode === 'continue' &&
      settled.mode === 'continue' &&
      current &&
      settled.good && <PlanChanges since={current.choices} issuedAt={current.createdAt} choices={settled.good} />,
    [planMode, settled, current],
  );

  const switchMode = (m: PlanMode) => {
    stash.current = { ...stash.current, [planMode]: form.getValues() };
    setFormMode(m);
    form.reset(stash.current[m]);
    changed();
    // The plan switched to is what the leave guard compares with (the render has not happened yet).
    setDirty(isDirty(m, baseFor(m, current), stash.current[m]));
  };

  const name = t('name.full', { first: child.firstName, last: child.lastName });
  const fileName = fileNameFor({ child, what: t('file.booklet'), date: localToday(), extension: 'pdf' });

  /**
   * Main composes, renders, archives and hands over the booklet exactly as the entries are now, and
   * stores the plan: the current one continued, or a new one in its place.
   */
  const issue = async (action: BookletAction | 'print-browser') => {
    if (issuing) return;
    const choices = await check();
    if (!choices || !printable) {
      notify(t('booklet.cannotPrint'), 'info');
      return;
    }
    const values = form.getValues();
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
      const issued = { startDate: choices.settings.startDate, createdAt: result.booklet.createdAt, choices };
      setCurrent(issued);
      stash.current = { ...stash.current, [planMode]: values, continue: values };
      setFormMode('continue');
      issuedKey.current = keyOf('continue', choices, values);
      setDirty(isDirty('continue', choices, form.getValues()));
      await handOverIssued(result, action, fileName, notify, t);
    } catch (error) {
      // Main named the fields it refused: each message goes on its field (by schema path).
      applyServerIssues(error, form.setError, (key) => key);
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
    <FormProvider {...form}>
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
              result={panelResult}
              checkups={panelCheckups}
              adherence={draft.adherence}
              invalid={!settled.valid}
              assessmentId={draft.assessmentId}
              changes={changes}
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
                  <PdfPreview pdf={preview.pdf} busy={preview.pending} onFirstPage={onFirstPage} />
                </Box>
              </Box>
            )}
          </Box>
        </Box>

        {leaveDialog}
      </Box>
    </FormProvider>
  );
}
