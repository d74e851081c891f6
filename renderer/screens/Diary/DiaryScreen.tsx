import { useEffect, useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import {
  localToday,
  type Appointment,
  type AppointmentType,
  type BookingResult,
  type BookingWarning,
  type DiaryEntry,
} from '../../../shared/contract';
import { timeOf } from '../../../shared/calendar';
import { CallFailed } from '../../api';
import { LoadFailed } from '../../components/LoadFailed';
import { useNotifier } from '../../components/Notifier';
import { PageLoading } from '../../components/PageLoading';
import { staleIssue, staleText } from '../../components/StaleNotice';
import { useApiQuery } from '../../data';
import { describeError } from '../../errors';
import { dialogOpen, isTyping, useKeydown } from '../../hooks/shortcuts';
import { useI18n } from '../../i18n';
import { paths, useRouter } from '../../router';
import { AppointmentDialog } from './AppointmentDialog';
import { diaryColumns } from './diary-columns';
import { DiaryGrid, type GridColumn } from './DiaryGrid';
import { daysOf, shift, visibleSpan, workingSpans, type DiaryView } from './diary-model';
import { DiaryToolbar, type DiaryPlace } from './DiaryToolbar';
import { clinicianName, useDiaryFormat } from './format';
import { unexpected } from './prechecks';
import { usePrinting } from './usePrinting';
import type { DropRequest } from './useVisitDrag';
import { useVisitSaver } from './useVisitSaver';
import { VisitDialog, type VisitDraft } from './VisitDialog';
import { warningText, WarningsDialog } from './warnings';

const NO_ENTRIES: DiaryEntry[] = [];
const NO_SETUP = { hours: [], closedDays: [] };

interface Props {
  /** Null: today. */
  date: string | null;
  view: DiaryView;
  /** Null: everyone. */
  clinicianId: number | null;
}

/** The receptionist's diary: today first, one day per clinician or a week, book and manage visits. */
export function DiaryScreen({ date: dateParam, view, clinicianId }: Props) {
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

  const cliniciansQ = useApiQuery('clinicians:list', {});
  const typesQ = useApiQuery('appointment-types:list', {});
  const setupQ = useApiQuery('diary:setup:get', {});
  const days = daysOf(view, date, fmt.weekStartsOn);
  const from = days[0]!;
  const to = days.at(-1)!;
  // Paging days or weeks keeps the last visits on screen until the next ones arrive (no flash).
  const range = useApiQuery(
    'appointments:range',
    { from, to, ...(clinicianId ? { clinicianId } : {}), includeCancelled: showCancelled },
    { keepPrevious: true },
  );
  const entries = range.data ?? NO_ENTRIES;
  const setup = setupQ.data ?? NO_SETUP;
  const saver = useVisitSaver();

  const go = (next: DiaryPlace) => {
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

  const types = useMemo(() => typesQ.data ?? [], [typesQ.data]);
  const typesById = useMemo(() => new Map<number, AppointmentType>(types.map((x) => [x.id, x])), [types]);
  const clinicians = cliniciansQ.data ?? [];
  const active = clinicians.filter((c) => c.active);
  const followUp = types.find((x) => x.active && x.code === 'follow_up') ?? types.find((x) => x.active);
  const ready = cliniciansQ.data && typesQ.data && setupQ.data;

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
    if (!ready || event.defaultPrevented || dialogOpen() || isTyping(event.target)) return;
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

  const failed = [cliniciansQ, typesQ, setupQ].find((q) => q.isError && q.data === undefined);
  if (failed) {
    return <LoadFailed title={t('diary.loadFailed')} error={failed.error} onRetry={() => void failed.refetch()} />;
  }
  if (!ready) return <PageLoading />;

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
  const columns = diaryColumns({ view, date, days, today, chosen, people, active, entries, setup, t, fmt });
  const span = visibleSpan(
    setup.hours,
    people.map((c) => c.id),
    days,
    entries,
  );
  const noHours = people.filter(
    (c) => c.active && !setup.hours.some((h) => h.clinicianId === c.id && h.intervals.length > 0),
  );
  const anyVisits = columns.some((c) => c.entries.some((e) => e.status !== 'cancelled'));
  const empty = anyVisits
    ? null
    : columns.every((c) => c.closed)
      ? t('diary.empty.closed')
      : t(view === 'week' ? 'diary.empty.week' : 'diary.empty.day');

  const saved = (result: BookingResult, kind: VisitDraft['kind'], unasked: BookingWarning[]) => {
    const a = result.appointment;
    const name = t('name.full', { first: a.patient.firstName, last: a.patient.lastName });
    const when = fmt.when(a.date, a.start);
    if (unasked.length) {
      const why = unasked.map((w) => warningText(t, fmt, w, name, nameOf(a.clinicianId))).join(' ');
      notify(t('diary.done.savedWithWarnings', { name, when, warnings: why }), 'info');
    } else {
      notify(t(kind === 'move' ? 'diary.done.moved' : 'diary.done.created', { name, when }));
    }
    // Show where the visit went when it left the days on screen.
    if (!days.includes(a.date)) go({ date: a.date });
  };

  /** A visit dragged to a new time, clinician or length: asked like the dialog, refused ones spring back. */
  const drop = async ({ entry, column, start, durationMinutes }: DropRequest<GridColumn>) => {
    const who = column.clinicianId ?? entry.clinicianId;
    const name = t('name.full', { first: entry.patient.firstName, last: entry.patient.lastName });
    const at = { date: column.date, time: timeOf(start) };
    try {
      const asked = await saver.confirm(
        { id: entry.id, patientId: entry.patient.id, clinicianId: who, ...at, durationMinutes },
        { child: name, clinician: nameOf(who) },
      );
      if (asked === null) return;
      const move = { id: entry.id, version: entry.version, start: at, clinicianId: who, durationMinutes };
      const result = await saver.move(move);
      saved(result, 'move', unexpected(result.warnings, asked));
    } catch (error) {
      const stale = staleIssue(error);
      const reason = stale
        ? staleText(i18n, stale)
        : error instanceof CallFailed
          ? error.error.message
          : describeError(t, error);
      notify(t('diary.drag.refused', { name, reason }), 'error');
      // Someone moved or changed it first: show the diary as it now stands.
      if (stale) void range.refetch();
    }
  };

  const edit = (appointment: Appointment) => {
    setOpenId(null);
    setDraft({ kind: 'move', appointment });
  };

  return (
    <Stack spacing={1.5}>
      <DiaryToolbar
        view={view}
        date={date}
        clinicianId={clinicianId}
        heading={view === 'day' ? fmt.dayTitle(date) : fmt.range(from, to)}
        loading={range.isFetching}
        clinicians={clinicians}
        canBook={active.length > 0}
        showCancelled={showCancelled}
        onShowCancelled={setShowCancelled}
        printing={printing}
        go={go}
        onNew={() => newVisit()}
      />
      {noHours.length > 0 && (
        <Alert severity="info" sx={{ py: 0 }}>
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
      {range.isError && !range.data ? (
        <LoadFailed title={t('diary.rangeFailed')} error={range.error} onRetry={() => void range.refetch()} />
      ) : null}

      <DiaryGrid
        columns={columns}
        span={span}
        types={typesById}
        clinicianOf={!chosen && view === 'week' ? nameOf : undefined}
        ghostMinutes={followUp?.durationMinutes ?? 20}
        nowMinutes={days.includes(today) ? now.getHours() * 60 + now.getMinutes() : null}
        empty={range.data ? empty : null}
        onSlot={(column, minute) => newVisit({ date: column.date, minute, clinicianId: column.clinicianId })}
        onOpen={(entry) => setOpenId(entry.id)}
        onDrop={drop}
      />

      <VisitDialog
        draft={draft}
        clinicians={clinicians}
        types={types}
        saver={saver}
        onClose={() => setDraft(null)}
        onSaved={saved}
      />
      <AppointmentDialog
        id={openId}
        clinicians={clinicians}
        types={types}
        onClose={() => setOpenId(null)}
        onEdit={edit}
      />
      <WarningsDialog question={saver.question} onAnswer={saver.onAnswer} />
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
