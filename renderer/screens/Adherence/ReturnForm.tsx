import { useLayoutEffect, useMemo, useRef, useState, type FormEvent, type RefObject } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CircularProgress from '@mui/material/CircularProgress';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { CourseReturn, CourseSheet, ReturnEntry } from '../../../shared/contract';
import { useLeaveGuard } from '../../components/LeaveGuard';
import { describeError, validationIssues } from '../../errors';
import { dialogOpen, isMod, isTyping, modKeys, useKeydown } from '../../hooks/shortcuts';
import { useI18n } from '../../i18n';
import { rememberedEnteredBy, rememberEnteredBy } from './entered-by';
import { percentText } from './figures';
import { ESTIMATE_KEY, letterOf, NOT_RETURNED_KEY, plain } from './keys';
import { initialState, runningFigure, sameState, toEntry, type ReturnMode, type ReturnState } from './return-model';
import { ReturnGrid } from './ReturnGrid';

interface Props {
  sheet: CourseSheet;
  today: string;
  save(entry: ReturnEntry, enteredBy: string): Promise<CourseReturn>;
  onSaved(saved: CourseReturn): void;
  onCancel(): void;
  /** An element whose Esc is its own (the search field). */
  escapeOwner?: RefObject<HTMLElement | null>;
}

/** Main's message keys that only this screen uses, as sentences. */
const OWN_MESSAGES = ['percentRange', 'itemNotOnPage', 'dayNotInCourse'] as const;

/**
 * What the family reported on one course's page: the grid (pre-filled as done), or "not returned"
 * (N), or their rough estimate (E). Saved with Ctrl+Enter; main's figure is shown once stored.
 */
export function ReturnForm({ sheet, today, save, onSaved, onCancel, escapeOwner }: Props) {
  const i18n = useI18n();
  const { t, validation } = i18n;
  const initial = useMemo(() => initialState(sheet, today), [sheet, today]);
  const [base, setBase] = useState(initial);
  const [state, setState] = useState<ReturnState>(initial);
  const [enteredBy, setEnteredBy] = useState(rememberedEnteredBy);
  const [errors, setErrors] = useState<{ enteredBy?: string; percent?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<CourseReturn | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const percentRef = useRef<HTMLInputElement>(null);
  const ids = sheet.items.map((i) => i.id);
  const figure = runningFigure(state.days, ids);
  const dirty = !sameState(state, base);
  const leaveDialog = useLeaveGuard(dirty && !saving);

  const message = (key: string) =>
    (OWN_MESSAGES as readonly string[]).includes(key)
      ? t(`adherence.error.${key as (typeof OWN_MESSAGES)[number]}`)
      : validation(key);

  const change = (next: Partial<ReturnState>) => {
    setState((s) => ({ ...s, ...next }));
    setFailure(null);
  };
  const focusPercent = useRef(false);
  const setMode = (mode: ReturnMode) => {
    change({ mode });
    focusPercent.current = mode === 'estimate';
  };
  // Focus the estimate as soon as it shows: the next key typed (a fast "E 7 0") must land in it.
  useLayoutEffect(() => {
    if (state.mode !== 'estimate' || !focusPercent.current) return;
    focusPercent.current = false;
    percentRef.current?.focus();
  }, [state.mode]);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (saving) return;
    setFailure(null);
    const entry = toEntry(state);
    if (!entry) {
      setErrors((e) => ({ ...e, percent: message('percentRange') }));
      percentRef.current?.focus();
      return;
    }
    setSaving(true);
    try {
      const stored = await save(entry, enteredBy);
      rememberEnteredBy(stored.enteredBy);
      setEnteredBy(stored.enteredBy);
      setErrors({});
      setBase(state);
      setSaved(stored);
      onSaved(stored);
    } catch (error) {
      const issues = validationIssues(error);
      const fields: { enteredBy?: string; percent?: string } = {};
      for (const issue of issues ?? []) {
        if (issue.path === 'enteredBy') fields.enteredBy ??= message(issue.message);
        else if (issue.path === 'entry.percent') fields.percent ??= message(issue.message);
      }
      setErrors(fields);
      if (fields.enteredBy) nameRef.current?.focus();
      else if (fields.percent) percentRef.current?.focus();
      // Anything not on a field (a page that does not fit the course, a failed call) is said above Save.
      const other = issues?.filter((i) => i.path !== 'enteredBy' && i.path !== 'entry.percent');
      if (!issues || (issues.length === 0 && !fields.enteredBy)) setFailure(describeError(t, error));
      else if (other?.length) setFailure([...new Set(other.map((i) => message(i.message)))].join(' '));
    } finally {
      setSaving(false);
    }
  };

  useKeydown((event) => {
    if (event.defaultPrevented || dialogOpen()) return;
    if (isMod(event, 'enter')) {
      event.preventDefault();
      void submit();
      return;
    }
    if (event.key === 'Escape' && event.target !== escapeOwner?.current) {
      event.preventDefault();
      onCancel();
      return;
    }
    if (!plain(event) || event.shiftKey || isTyping(event.target)) return;
    const letter = letterOf(event);
    if (letter === NOT_RETURNED_KEY) {
      event.preventDefault();
      setMode(state.mode === 'not_returned' ? 'grid' : 'not_returned');
    } else if (letter === ESTIMATE_KEY) {
      event.preventDefault();
      setMode('estimate');
    }
  });

  const figureText =
    state.mode === 'grid'
      ? figure.overall === null
        ? t('adherence.running.nothingPlanned')
        : t('adherence.running.grid', { percent: percentText(i18n, figure.overall), count: figure.plannedDays })
      : state.mode === 'estimate'
        ? /^\d{1,3}$/.test(state.percent.trim()) && Number(state.percent) <= 100
          ? t('adherence.running.estimate', { percent: percentText(i18n, Number(state.percent) / 100) })
          : t('adherence.running.estimateEmpty')
        : t('adherence.running.not_returned');

  return (
    <Card component="form" noValidate onSubmit={submit} sx={{ p: { xs: 2, md: 2.5 } }} aria-label={t('adherence.form')}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start', flexWrap: 'wrap', rowGap: 2, mb: 2 }}>
        <Box>
          <Typography id="page-mode" variant="body2" sx={{ color: 'text.secondary', mb: 0.5 }}>
            {t('adherence.mode.label')}
          </Typography>
          <ToggleButtonGroup
            exclusive
            size="small"
            value={state.mode}
            onChange={(_e, mode: ReturnMode | null) => mode && setMode(mode)}
            aria-labelledby="page-mode"
          >
            <ToggleButton value="grid">{t('adherence.mode.grid')}</ToggleButton>
            <Tooltip title={t('adherence.mode.key', { keys: 'N' })}>
              <ToggleButton value="not_returned">{t('adherence.mode.not_returned')}</ToggleButton>
            </Tooltip>
            <Tooltip title={t('adherence.mode.key', { keys: 'E' })}>
              <ToggleButton value="estimate">{t('adherence.mode.estimate')}</ToggleButton>
            </Tooltip>
          </ToggleButtonGroup>
        </Box>
        {state.mode === 'estimate' && (
          <TextField
            inputRef={percentRef}
            size="small"
            label={t('adherence.estimate.label')}
            value={state.percent}
            onChange={(e) => {
              change({ percent: e.target.value });
              setErrors(({ percent: _, ...rest }) => rest);
            }}
            error={errors.percent !== undefined}
            helperText={errors.percent ?? t('adherence.estimate.hint')}
            autoComplete="off"
            sx={{ width: 240, mt: 3 }}
            slotProps={{
              htmlInput: { inputMode: 'numeric', maxLength: 3 },
              input: { endAdornment: <InputAdornment position="end">%</InputAdornment> },
            }}
          />
        )}
        <Box sx={{ flex: 1 }} />
        <TextField
          inputRef={nameRef}
          size="small"
          label={t('adherence.enteredBy.label')}
          value={enteredBy}
          onChange={(e) => {
            setEnteredBy(e.target.value);
            setErrors(({ enteredBy: _, ...rest }) => rest);
          }}
          error={errors.enteredBy !== undefined}
          helperText={errors.enteredBy ?? t('adherence.enteredBy.hint')}
          autoComplete="off"
          required
          sx={{ width: 260, mt: 3 }}
        />
      </Stack>

      {state.mode === 'not_returned' && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('adherence.notReturned.body')}
        </Alert>
      )}

      <ReturnGrid
        items={sheet.items}
        days={state.days}
        figure={figure}
        disabled={state.mode !== 'grid'}
        autoFocus
        onChange={(days) => change({ days })}
      />
      <Typography variant="body2" sx={{ color: 'text.secondary', mt: 1.5 }}>
        {t('adherence.keysHint', { save: modKeys('Enter') })}
      </Typography>

      {failure && (
        <Alert severity="error" sx={{ mt: 2 }}>
          {failure}
        </Alert>
      )}
      {saved && !dirty && (
        <Alert severity="success" sx={{ mt: 2 }} data-testid="saved-figure">
          {saved.entry.kind === 'not_returned'
            ? t('adherence.saved.not_returned')
            : saved.adherence.overall === null
              ? t('adherence.saved.nothingPlanned')
              : t(saved.entry.kind === 'estimate' ? 'adherence.saved.estimate' : 'adherence.saved.grid', {
                  percent: percentText(i18n, saved.adherence.overall),
                })}
        </Alert>
      )}

      <Stack
        direction="row"
        spacing={2}
        sx={{ mt: 2, alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', rowGap: 1 }}
      >
        <Typography role="status" aria-live="polite" sx={{ fontWeight: 600 }} data-testid="running-figure">
          {figureText}
          {state.mode === 'grid' && (
            <Box component="span" sx={{ fontWeight: 400, color: 'text.secondary' }}>
              {' · '}
              {t('adherence.reportedByFamily')}
            </Box>
          )}
        </Typography>
        <Stack direction="row" spacing={1.5}>
          <Button color="inherit" onClick={onCancel}>
            {t('action.cancel')}
          </Button>
          <Tooltip title={t('adherence.saveTooltip', { keys: modKeys('Enter') })}>
            <Button
              type="submit"
              variant="contained"
              disabled={saving}
              startIcon={saving ? <CircularProgress size={16} color="inherit" /> : undefined}
            >
              {t('adherence.save')}
            </Button>
          </Tooltip>
        </Stack>
      </Stack>
      {leaveDialog}
    </Card>
  );
}
