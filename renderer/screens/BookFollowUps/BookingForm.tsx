import { useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CircularProgress from '@mui/material/CircularProgress';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import EventIcon from '@mui/icons-material/EventAvailableOutlined';
import type { AppointmentType, Clinician, PlanSchedule, ProposedVisit, Slot } from '../../../shared/contract';
import { CallFailed } from '../../api';
import { useApi } from '../../api-context';
import { LoadFailed } from '../../components/LoadFailed';
import { PageLoading } from '../../components/PageLoading';
import { describeError } from '../../errors';
import { isMod, modKeys, useKeydown } from '../../hooks/shortcuts';
import { useApiMutation, useApiQuery } from '../../data';
import { useI18n } from '../../i18n';
import { paths, useRouter } from '../../router';
import { typeName } from '../Diary/format';
import type { Booked } from './BookedResult';
import { CheckupCard } from './CheckupCard';
import { defaultChoice, dueCheckups, parseChoice, planVisitIds, SKIP, slotChoice, type Choice } from './plan-visits';

/**
 * The check-ups of the plan with a time chosen for each due one; "Book all" (Ctrl+Enter) books
 * them in one transaction (`appointments:book-plan`). Skipped ones stay due, on the recall list.
 */
export function BookingForm(props: {
  child: { id: number; firstName: string; lastName: string };
  name: string;
  schedule: PlanSchedule;
  clinicians: Clinician[];
  types: AppointmentType[];
  lastClinicianId: number | null;
  onBooked(result: Booked): void;
  /** The schedule changed under us (booked elsewhere, a new booklet): read it again. */
  onStale(): void;
}) {
  const { child, name, schedule, clinicians, types } = props;
  const api = useApi();
  const bookPlan = useApiMutation('appointments:book-plan');
  const { t } = useI18n();
  const { navigate } = useRouter();
  const active = clinicians.filter((c) => c.active);
  const preferred = active.find((c) => c.id === props.lastClinicianId) ?? active[0];
  const [clinicianId, setClinicianId] = useState<number | ''>(preferred?.id ?? '');
  const activeTypes = types.filter((x) => x.active);
  const [typeId, setTypeId] = useState<number | ''>(
    (activeTypes.find((x) => x.code === 'follow_up') ?? activeTypes[0])?.id ?? '',
  );
  const [attempt, setAttempt] = useState(0);
  const due = dueCheckups(schedule);
  const linked = planVisitIds(schedule);
  const proposalKey = `${clinicianId}:${typeId}:${attempt}:${due.map((c) => `${c.id}@${c.dueOn}`).join(',')}`;
  const ready = clinicianId !== '' && typeId !== '' && due.length > 0;
  const proposals = useApiQuery(
    'slots:propose',
    {
      clinicianId: clinicianId === '' ? 0 : clinicianId,
      patientId: child.id,
      typeId: typeId === '' ? 0 : typeId,
      proposals: due.map((c) => ({ dueOn: c.dueOn, reason: c.purpose })),
      perProposal: 3,
      earlyDays: 2,
    },
    { enabled: ready },
  );
  const proposed: ProposedVisit[] | undefined = ready ? proposals.data : [];
  const [choices, setChoices] = useState<{ key: string; values: Record<number, Choice> }>({ key: '', values: {} });
  const [extra, setExtra] = useState<{ key: string; slots: Record<number, Slot[]> }>({ key: '', slots: {} });
  const [booking, setBooking] = useState(false);
  const [problem, setProblem] = useState<{ title: string; body: string } | null>(null);

  const list = proposed ?? [];
  const proposalOf = (checkupId: number) => list[due.findIndex((c) => c.id === checkupId)];
  const choiceOf = (checkupId: number): Choice => {
    const chosen = choices.key === proposalKey ? choices.values[checkupId] : undefined;
    const p = proposalOf(checkupId);
    return chosen ?? (p ? defaultChoice(p, linked) : SKIP);
  };
  const extraOf = (checkupId: number) => (extra.key === proposalKey ? (extra.slots[checkupId] ?? []) : []);
  const chosen = due.filter((c) => choiceOf(c.id) !== SKIP);

  const choose = (checkupId: number, value: Choice) =>
    setChoices((c) => ({
      key: proposalKey,
      values: { ...(c.key === proposalKey ? c.values : {}), [checkupId]: value },
    }));

  const more = async (checkupId: number) => {
    const p = proposalOf(checkupId);
    if (!p || clinicianId === '' || typeId === '') return;
    const shown = [...p.slots, ...extraOf(checkupId)];
    const last = shown.at(-1);
    try {
      const found = await api.call('slots:next', {
        clinicianId,
        typeId,
        from: last?.date ?? p.dueOn,
        ...(last ? { fromTime: last.end } : {}),
        count: 3,
      });
      const known = new Set([...shown, ...p.earlier].map(slotChoice));
      setExtra((e) => ({
        key: proposalKey,
        slots: {
          ...(e.key === proposalKey ? e.slots : {}),
          [checkupId]: [...extraOf(checkupId), ...found.filter((s) => !known.has(slotChoice(s)))],
        },
      }));
    } catch (error) {
      setProblem({ title: t('bookFollowUps.moreFailed'), body: describeError(t, error) });
    }
  };

  const bookAll = async () => {
    if (booking || clinicianId === '' || typeId === '' || !proposed || chosen.length === 0) return;
    setBooking(true);
    setProblem(null);
    try {
      const result = await bookPlan.mutateAsync({
        patientId: child.id,
        clinicianId,
        typeId,
        visits: chosen.map((c) => ({ checkupId: c.id, start: parseChoice(choiceOf(c.id))! })),
      });
      props.onBooked({
        visits: result.bookings.map((booking, i) => ({ booking, checkup: chosen[i]! })),
        skipped: due.filter((c) => choiceOf(c.id) === SKIP),
      });
    } catch (error) {
      const code = error instanceof CallFailed ? error.error.code : null;
      const message = error instanceof CallFailed ? error.error.message : '';
      if (code === 'CONFLICT') {
        // A time was taken, or a check-up was booked from another desk: fresh times, fresh schedule.
        setProblem({ title: t('bookFollowUps.conflict'), body: message });
        setAttempt((n) => n + 1);
        props.onStale();
      } else if (code === 'VALIDATION' || code === 'NOT_FOUND') {
        setProblem({ title: t('bookFollowUps.stale'), body: message });
        props.onStale();
      } else {
        setProblem({ title: t('bookFollowUps.failed'), body: describeError(t, error) });
      }
    } finally {
      setBooking(false);
    }
  };

  useKeydown((event) => {
    if (event.defaultPrevented) return;
    if (isMod(event, 'enter')) {
      event.preventDefault();
      void bookAll();
    }
  });

  const count = schedule.checkups.length;
  return (
    <>
      {due.length > 0 && (
        <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
          <TextField
            select
            label={t('diary.field.clinician')}
            value={clinicianId}
            onChange={(e) => setClinicianId(Number(e.target.value))}
            sx={{ minWidth: 260, maxWidth: 320 }}
            helperText={
              preferred && preferred.id === props.lastClinicianId && clinicianId === preferred.id
                ? t('bookFollowUps.clinicianHint')
                : ' '
            }
          >
            {active.map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {c.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label={t('diary.field.type')}
            value={typeId}
            onChange={(e) => setTypeId(Number(e.target.value))}
            sx={{ minWidth: 260, maxWidth: 340 }}
            helperText={' '}
          >
            {activeTypes.map((x) => (
              <MenuItem key={x.id} value={x.id}>
                {typeName(t, x)} · {t('diary.minutes', { count: x.durationMinutes })}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
      )}

      {due.length > 0 && active.length === 0 && <Alert severity="info">{t('diary.noClinicians.body')}</Alert>}
      {ready && proposals.isError && !proposed ? (
        <LoadFailed
          title={t('bookFollowUps.proposeFailed')}
          error={proposals.error}
          onRetry={() => void proposals.refetch()}
        />
      ) : !proposed ? (
        <PageLoading />
      ) : (
        <Box
          component="ol"
          sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', gap: 2 }}
          aria-label={t('bookFollowUps.listLabel')}
        >
          {schedule.checkups.map((c, i) => (
            <CheckupCard
              key={c.id ?? i}
              checkup={c}
              n={i + 1}
              count={count}
              proposal={c.id !== null && c.state === 'due' ? proposalOf(c.id) : undefined}
              extra={c.id !== null ? extraOf(c.id) : []}
              choice={c.id !== null ? choiceOf(c.id) : SKIP}
              linked={linked}
              onChoose={(value) => c.id !== null && choose(c.id, value)}
              onMore={() => c.id !== null && void more(c.id)}
            />
          ))}
        </Box>
      )}

      {problem && (
        <Alert severity="error" role="alert">
          <AlertTitle>{problem.title}</AlertTitle>
          {problem.body}
        </Alert>
      )}

      {due.length === 0 ? (
        <Alert
          severity="success"
          action={
            <Stack direction="row" spacing={1}>
              <Button color="inherit" size="small" onClick={() => navigate(paths.diary())}>
                {t('bookFollowUps.openDiary')}
              </Button>
              <Button color="inherit" size="small" onClick={() => navigate(paths.child(child.id))}>
                {t('bookFollowUps.backToChild')}
              </Button>
            </Stack>
          }
        >
          {t('bookFollowUps.allSettled')}
        </Alert>
      ) : (
        <Card
          sx={{
            p: 2,
            position: 'sticky',
            bottom: 16,
            display: 'flex',
            alignItems: 'center',
            gap: 2,
            boxShadow: 3,
            flexWrap: 'wrap',
          }}
        >
          <Typography sx={{ flex: 1, minWidth: 240 }}>
            {t('bookFollowUps.summary', { count: chosen.length, skipped: due.length - chosen.length, name })}
          </Typography>
          <Tooltip title={t('bookFollowUps.bookAllTooltip', { keys: modKeys('Enter') })}>
            <span>
              <Button
                variant="contained"
                size="large"
                startIcon={booking ? <CircularProgress size={18} color="inherit" aria-hidden /> : <EventIcon />}
                disabled={booking || chosen.length === 0 || !proposed || clinicianId === ''}
                onClick={() => void bookAll()}
              >
                {t('bookFollowUps.bookAll')}
              </Button>
            </span>
          </Tooltip>
        </Card>
      )}
    </>
  );
}
