import { useCallback, useEffect, useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { ageOn, type AppInfo, type BookletAction, type BookletRequest, type Patient } from '../../../shared/contract';
import { computePlan, type PlanResult } from '../../../shared/plan';
import { useApi } from '../../api-context';
import { useLeaveGuard } from '../../components/LeaveGuard';
import { useNotifier } from '../../components/Notifier';
import { describeError, validationIssues } from '../../errors';
import { dialogOpen, isMod, useKeydown } from '../../hooks/shortcuts';
import { useI18n } from '../../i18n';
import { paths, useRouter } from '../../router';
import { useChildSearch } from '../Children/search';
import { BookletBar } from './BookletBar';
import {
  checkBooklet,
  DEFAULT_CUSTOM_ANCHOR,
  EMPTY_STEP,
  fromRequest,
  nextCustomId,
  toRequest,
  type BookletErrors,
  type BookletValues,
  type CheckedBooklet,
  type CustomStepValues,
  type StepValues,
} from './booklet-values';
import { downloadPdf, printPdf, safeFileName } from '../../file-delivery';
import { PdfPreview } from './PdfPreview';
import { bookletValidation } from './plan-text';
import { PlanPanel } from './PlanPanel';
import { usePreview } from './usePreview';

const NO_ERRORS: BookletErrors = {};

/** How long typing settles before the plan and the preview follow. */
export const SETTLE_MS = 300;

/** The app bar's height (AppShell): the split view fills the window below it. */
const APP_BAR_HEIGHT = 65;

interface Props {
  child: Patient;
  /** The draft from `booklets:draft`. */
  base: BookletRequest;
  assessmentId: number | null;
  mode: AppInfo['mode'];
}

interface Settled {
  checked: CheckedBooklet;
  /** The last request without errors; the plan and the preview follow it. */
  good: BookletRequest | null;
}

/** Prepare booklet: the plan on the left, the live PDF on the right, language, paper and print below. */
export function BookletEditor({ child, base, assessmentId, mode }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const api = useApi();
  const { notify } = useNotifier();
  const { navigate, back } = useRouter();
  const search = useChildSearch();
  const initial = useMemo(() => fromRequest(base), [base]);
  const [values, setValues] = useState<BookletValues>(initial);
  const [settled, setSettled] = useState<Settled>(() => {
    const checked = checkBooklet(base, initial);
    return { checked, good: checked.request };
  });
  const [serverErrors, setServerErrors] = useState<BookletErrors>(NO_ERRORS);
  const [issuing, setIssuing] = useState<BookletAction | 'print-browser' | null>(null);
  const [issuedKey, setIssuedKey] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  // The plan and the preview follow the entries once typing pauses.
  useEffect(() => {
    const timer = setTimeout(() => {
      const checked = checkBooklet(base, values);
      setSettled((s) => ({ checked, good: checked.request ?? s.good }));
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [base, values]);

  const result: PlanResult | null = useMemo(() => (settled.good ? computePlan(settled.good) : null), [settled.good]);
  const printable = result?.status === 'ok' && settled.checked.request !== null;
  const preview = usePreview(result?.status === 'ok' ? settled.good : null);

  const initialKey = useMemo(() => JSON.stringify(toRequest(base, initial).input), [base, initial]);
  const currentKey = useMemo(() => JSON.stringify(toRequest(base, values).input), [base, values]);
  const dirty = currentKey !== initialKey && currentKey !== issuedKey;
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
    setValues(next);
    setServerErrors(NO_ERRORS);
    setFailure(null);
  }, []);
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
  const fileName = safeFileName(t('booklet.fileName', { name }), 'pdf', 'booklet');

  /** Renders, archives and hands over the booklet exactly as the entries are now. */
  const issue = async (action: BookletAction | 'print-browser') => {
    if (issuing) return;
    const checked = checkBooklet(base, values);
    if (!checked.request || computePlan(checked.request).status !== 'ok') {
      notify(t('booklet.cannotPrint'), 'info');
      return;
    }
    const key = currentKey;
    setIssuing(action);
    setFailure(null);
    try {
      const result = await api.call('booklets:issue', {
        patientId: child.id,
        request: { ...checked.request, generatedAt: new Date().toISOString() },
        action: action === 'print-browser' ? 'download' : action,
      });
      if (!result.booklet) {
        notify(t('booklet.cancelled'), 'info');
        return;
      }
      setIssuedKey(key);
      if (action === 'print-browser' && result.pdf) {
        const outcome = await printPdf(result.pdf, fileName);
        const message = {
          dialog: 'booklet.printDialog',
          tab: 'booklet.printTab',
          downloaded: 'booklet.printDownloaded',
          blocked: 'booklet.printBlocked',
        } as const;
        notify(t(message[outcome]), outcome === 'blocked' ? 'info' : 'success');
      } else if (action === 'download' && result.pdf) {
        downloadPdf(result.pdf, fileName);
        notify(t('booklet.downloaded'));
      } else if (action === 'save') {
        notify(t('booklet.saved', { path: result.savedTo ?? fileName }));
      } else if (action === 'open') {
        notify(t('booklet.opened'));
      } else {
        notify(t('booklet.printed'));
      }
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
    } else if (event.key === 'Escape' && event.target !== search.inputRef.current) {
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
        gridTemplateRows: 'auto minmax(0, 1fr) auto',
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
        </Typography>
      </Box>

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
            childId={child.id}
            base={base}
            values={values}
            result={result}
            invalid={settled.checked.request === null}
            assessmentId={assessmentId}
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
      {leaveDialog}
    </Box>
  );
}
