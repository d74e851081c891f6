import { useEffect, useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import PrintIcon from '@mui/icons-material/PrintOutlined';
import TodayIcon from '@mui/icons-material/Today';
import {
  localToday,
  type Appointment,
  type AppointmentType,
  type BookingResult,
  type DiaryEntry,
} from '../../../shared/contract';
import { timeOf } from '../../../shared/diary/dates';
import { useApi } from '../../api-context';
import { LoadFailed } from '../../components/LoadFailed';
import { useNotifier } from '../../components/Notifier';
import { PageLoading } from '../../components/PageLoading';
import { dialogOpen, isTyping, useKeydown } from '../../hooks/shortcuts';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../i18n';
import { paths, useRouter } from '../../router';
import { AppointmentDialog } from './AppointmentDialog';
import { DiaryGrid, type GridColumn } from './DiaryGrid';
import { closedOn, daysOf, mergeSpans, shift, visibleSpan, workingSpans, type DiaryView } from './diary-model';
import { clinicianName, isWeekend, useDiaryFormat } from './format';
import { useLastValue } from './useLastValue';
import { usePrinting } from './usePrinting';
import { VisitDialog, type VisitDraft } from './VisitDialog';

const NO_ENTRIES: DiaryEntry[] = [];

interface Props {
  /** Null: today. */
  date: string | null;
  view: DiaryView;
  /** Null: everyone. */
  clinicianId: number | null;
}

/** The receptionist's diary: today first, one day per clinician or a week, book and manage visits. */
export function DiaryScreen({ date: dateParam, view, clinicianId }: Props) {
  const api = useApi();
  const i18n = useI18n();
  const { t } = i18n;
  const fmt = useDiaryFormat();
  const { navigate } = useRouter();
  const { notify } = useNotifier();
  const printing = usePrinting();
  const today = localToday();
  const date = dateParam ?? today;
  const [showCancelled, setShowCancelled] = useState(false);
  const [draft, setDraft] = useState<VisitDraft | null>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  const now = useNow();

  const base = useLoad('diary-base', () =>
    Promise.all([
      api.call('clinicians:list', {}),
      api.call('appointment-types:list', {}),
      api.call('diary:setup:get', {}),
    ]).then(([clinicians, types, setup]) => ({ clinicians, types, setup })),
  );

  const days = daysOf(view, date, fmt.weekStartsOn);
  const from = days[0]!;
  const to = days.at(-1)!;
  const range = useLoad(`range:${from}:${to}:${clinicianId ?? 'all'}:${showCancelled}`, () =>
    api.call('appointments:range', {
      from,
      to,
      ...(clinicianId ? { clinicianId } : {}),
      includeCancelled: showCancelled,
    }),
  );
  // While the next days load, the last ones stay on screen (no flash of an empty grid).
  const entries = useLastValue(range.value) ?? NO_ENTRIES;

  const go = (next: { date?: string | null; view?: DiaryView; clinicianId?: number | null }) => {
    const d = next.date === undefined ? dateParam : next.date;
    navigate(
      paths.diary({
        date: d === today ? null : d,
        view: next.view ?? view,
        clinicianId: next.clinicianId === undefined ? clinicianId : next.clinicianId,
      }),
      { replace: true },
    );
  };

  const types = useMemo(() => base.value?.types ?? [], [base.value]);
  const typesById = useMemo(() => new Map<number, AppointmentType>(types.map((x) => [x.id, x])), [types]);
  const clinicians = base.value?.clinicians ?? [];
  const setup = base.value?.setup ?? { hours: [], closedDays: [] };
  const active = clinicians.filter((c) => c.active);
  const followUp = types.find((x) => x.active && x.code === 'follow_up') ?? types.find((x) => x.active);

  const newVisit = (at?: { date: string; minute: number; clinicianId: number | null }) => {
    if (active.length === 0) return;
    const day = at?.date ?? (days.includes(today) ? today : date);
    let who = at?.clinicianId ?? clinicianId;
    if (!who && at) {
      who =
        active.find((c) => workingSpans(setup.hours, c.id, day).some(([s, e]) => s <= at.minute && at.minute < e))
          ?.id ?? null;
    }
    setDraft({ kind: 'create', date: day, time: at ? timeOf(at.minute) : '', clinicianId: who ?? active[0]!.id });
  };

  useKeydown((event) => {
    if (!base.value || event.defaultPrevented || dialogOpen() || isTyping(event.target)) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key;
    if (key === 'ArrowLeft' || key === 'ArrowRight') {
      const target = event.target as HTMLElement | null;
      if (target?.closest?.('[role="radiogroup"],[role="listbox"],[role="menu"],[role="tablist"]')) return;
      event.preventDefault();
      go({ date: shift(view === 'week' ? 'week' : 'day', date, key === 'ArrowLeft' ? -1 : 1) });
    } else if (key.toLowerCase() === 't') {
      event.preventDefault();
      go({ date: null });
    } else if (key.toLowerCase() === 'n') {
      event.preventDefault();
      newVisit();
    } else if (key.toLowerCase() === 'd' && view !== 'day') {
      event.preventDefault();
      go({ view: 'day' });
    } else if (key.toLowerCase() === 'w' && view !== 'week') {
      event.preventDefault();
      go({ view: 'week' });
    }
  });

  if (base.error && !base.value) {
    return <LoadFailed title={t('diary.loadFailed')} error={base.error} onRetry={base.reload} />;
  }
  if (!base.value) return <PageLoading />;

  if (clinicians.length === 0) {
    return (
      <Stack spacing={3}>
        <Typography variant="h1">{t('diary.title')}</Typography>
        <Alert
          severity="info"
          action={
            <Button color="inherit" onClick={() => navigate(paths.clinicians())}>
              {t('diary.noClinicians.action')}
            </Button>
          }
        >
          {t('diary.noClinicians.body')}
        </Alert>
      </Stack>
    );
  }

  const chosen = clinicianId ? clinicians.find((c) => c.id === clinicianId) : undefined;
  const withVisits = new Set(entries.map((e) => e.clinicianId));
  const people = chosen ? [chosen] : clinicians.filter((c) => c.active || withVisits.has(c.id));
  const nameOf = (id: number) => clinicianName(clinicians, id);
  const live = (e: DiaryEntry) => e.status !== 'cancelled';
  const count = (list: DiaryEntry[]) => t('diary.visitCount', { count: list.filter(live).length });

  let columns: GridColumn[];
  if (view === 'day' && !chosen) {
    columns = people.map((c) => {
      const mine = entries.filter((e) => e.clinicianId === c.id && e.date === date);
      return {
        key: `c${c.id}`,
        date,
        clinicianId: c.id,
        title: c.name,
        subtitle: [c.title, count(mine)].filter(Boolean).join(' · '),
        closed: closedOn(setup.closedDays, date, c.id),
        note: '',
        spans: workingSpans(setup.hours, c.id, date),
        entries: mine,
        today: date === today,
        weekend: false,
      };
    });
  } else {
    columns = days.map((d) => {
      const mine = entries.filter((e) => e.date === d && (!chosen || e.clinicianId === chosen.id));
      const off = chosen
        ? []
        : active.filter((c) => closedOn(setup.closedDays, d, c.id) && !closedOn(setup.closedDays, d, null));
      return {
        key: d,
        date: d,
        clinicianId: chosen?.id ?? null,
        title: view === 'day' ? fmt.dayTitle(d) : `${fmt.weekdayShort(d)} ${fmt.dayMonth(d)}`,
        subtitle: view === 'day' && chosen ? `${chosen.name} · ${count(mine)}` : count(mine),
        closed: closedOn(setup.closedDays, d, chosen?.id ?? null),
        note: off.length ? t('diary.offToday', { names: off.map((c) => c.name).join(', ') }) : '',
        spans: chosen
          ? workingSpans(setup.hours, chosen.id, d)
          : mergeSpans(active.flatMap((c) => workingSpans(setup.hours, c.id, d))),
        entries: mine,
        today: d === today,
        weekend: isWeekend(d),
      };
    });
  }

  const span = visibleSpan(
    setup.hours,
    people.map((c) => c.id),
    days,
    entries,
  );
  const noHours = people.filter(
    (c) => c.active && !setup.hours.some((h) => h.clinicianId === c.id && h.intervals.length > 0),
  );
  const anyVisits = columns.some((c) => c.entries.some(live));
  const allClosed = columns.every((c) => c.closed);
  const empty = anyVisits
    ? null
    : allClosed
      ? t('diary.empty.closed')
      : t(view === 'week' ? 'diary.empty.week' : 'diary.empty.day');

  const saved = (result: BookingResult, kind: VisitDraft['kind']) => {
    range.reload();
    const a = result.appointment;
    const name = t('name.full', { first: a.patient.firstName, last: a.patient.lastName });
    if (result.warnings.length === 0) {
      notify(t(kind === 'move' ? 'diary.done.moved' : 'diary.done.created', { name, when: fmt.when(a.date, a.start) }));
    }
    // Show where the visit went when it left the days on screen.
    if (!days.includes(a.date)) go({ date: a.date });
  };

  const edit = (appointment: Appointment) => {
    setOpenId(null);
    setDraft({ kind: 'move', appointment });
  };

  const heading = view === 'day' ? fmt.dayTitle(date) : fmt.range(from, to);
  const nowMinutes = days.includes(today) ? now.getHours() * 60 + now.getMinutes() : null;

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1.5 }}>
        <Typography variant="h1" sx={{ mr: 1 }}>
          {t('diary.title')}
        </Typography>
        <Tooltip title={t('diary.todayTooltip', { keys: 'T' })}>
          <Button variant="outlined" startIcon={<TodayIcon />} onClick={() => go({ date: null })}>
            {t('diary.today')}
          </Button>
        </Tooltip>
        <Stack direction="row" sx={{ alignItems: 'center' }}>
          <Tooltip title={t(view === 'week' ? 'diary.prevWeek' : 'diary.prevDay') + ' (←)'}>
            <IconButton
              aria-label={t(view === 'week' ? 'diary.prevWeek' : 'diary.prevDay')}
              onClick={() => go({ date: shift(view, date, -1) })}
            >
              <ChevronLeftIcon />
            </IconButton>
          </Tooltip>
          <Tooltip title={t(view === 'week' ? 'diary.nextWeek' : 'diary.nextDay') + ' (→)'}>
            <IconButton
              aria-label={t(view === 'week' ? 'diary.nextWeek' : 'diary.nextDay')}
              onClick={() => go({ date: shift(view, date, 1) })}
            >
              <ChevronRightIcon />
            </IconButton>
          </Tooltip>
        </Stack>
        <Typography
          variant="h2"
          component="h2"
          aria-live="polite"
          sx={{ fontSize: '1.2rem', minWidth: 260, display: 'flex', alignItems: 'center', gap: 1 }}
        >
          {heading}
          {range.loading && <CircularProgress size={16} aria-label={t('common.loading')} />}
        </Typography>
        <Box sx={{ flex: 1 }} />
        <TextField
          type="date"
          size="small"
          label={t('diary.goTo')}
          value={date}
          onChange={(e) => /^\d{4}-\d{2}-\d{2}$/.test(e.target.value) && go({ date: e.target.value })}
          slotProps={{ inputLabel: { shrink: true } }}
          sx={{ width: 170 }}
        />
        <ToggleButtonGroup
          exclusive
          size="small"
          value={view}
          onChange={(_e, next: DiaryView | null) => next && go({ view: next })}
          aria-label={t('diary.viewLabel')}
        >
          <ToggleButton value="day" title={`${t('diary.view.day')} (D)`}>
            {t('diary.view.day')}
          </ToggleButton>
          <ToggleButton value="week" title={`${t('diary.view.week')} (W)`}>
            {t('diary.view.week')}
          </ToggleButton>
        </ToggleButtonGroup>
        <TextField
          select
          size="small"
          label={t('diary.field.clinician')}
          value={clinicianId ?? 0}
          onChange={(e) => go({ clinicianId: Number(e.target.value) || null })}
          sx={{ width: 220 }}
        >
          <MenuItem value={0}>{t('diary.allClinicians')}</MenuItem>
          {clinicians
            .filter((c) => c.active || c.id === clinicianId)
            .map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {c.name}
              </MenuItem>
            ))}
        </TextField>
      </Stack>

      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Tooltip title={t('diary.newTooltip', { keys: 'N' })}>
          <span>
            <Button
              variant="contained"
              startIcon={<AddIcon />}
              onClick={() => newVisit()}
              disabled={active.length === 0}
            >
              {t('diary.new')}
            </Button>
          </span>
        </Tooltip>
        <Tooltip title={t('diary.dayList.tooltip', { date: fmt.dayTitle(date) })}>
          <Button
            variant="outlined"
            startIcon={printing.busy === 'day-list' ? <CircularProgress size={18} aria-hidden /> : <PrintIcon />}
            onClick={() => void printing.printDayList(date, clinicianId)}
            disabled={printing.busy !== null}
          >
            {t('diary.dayList.print')}
          </Button>
        </Tooltip>
        <FormControlLabel
          control={<Switch checked={showCancelled} onChange={(e) => setShowCancelled(e.target.checked)} />}
          label={t('diary.showCancelled')}
        />
        <Box sx={{ flex: 1 }} />
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {t('diary.keysHint')}
        </Typography>
      </Stack>

      {noHours.length > 0 && (
        <Alert severity="info">
          {t('diary.noHours', { names: noHours.map((c) => c.name).join(', ') })}{' '}
          <Link
            href={paths.diarySettings()}
            onClick={(event) => {
              event.preventDefault();
              navigate(paths.diarySettings());
            }}
          >
            {t('diary.noHours.action')}
          </Link>
        </Alert>
      )}
      {range.error && !range.value ? (
        <LoadFailed title={t('diary.rangeFailed')} error={range.error} onRetry={range.reload} />
      ) : null}

      <DiaryGrid
        columns={columns}
        span={span}
        types={typesById}
        clinicianOf={!chosen && view === 'week' ? nameOf : undefined}
        ghostMinutes={followUp?.durationMinutes ?? 20}
        nowMinutes={nowMinutes}
        empty={range.value ? empty : null}
        onSlot={(column, minute) => newVisit({ date: column.date, minute, clinicianId: column.clinicianId })}
        onOpen={(entry) => setOpenId(entry.id)}
      />

      <VisitDialog
        draft={draft}
        clinicians={clinicians}
        types={types}
        onClose={() => setDraft(null)}
        onSaved={saved}
        onEdit={(a) => setDraft({ kind: 'move', appointment: a })}
      />
      <AppointmentDialog
        id={openId}
        clinicians={clinicians}
        types={types}
        onClose={() => setOpenId(null)}
        onChanged={range.reload}
        onEdit={edit}
      />
    </Stack>
  );
}

/** The current time, moved on every minute (for the red "now" line). */
function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
