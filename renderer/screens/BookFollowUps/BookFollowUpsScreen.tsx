import { useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import FormControlLabel from '@mui/material/FormControlLabel';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import EventIcon from '@mui/icons-material/EventAvailableOutlined';
import MoreIcon from '@mui/icons-material/MoreTime';
import {
  localToday,
  type AppointmentType,
  type BookingResult,
  type Clinician,
  type ProposedVisit,
  type Slot,
} from '../../../shared/contract';
import { daysBetween } from '../../../shared/diary/dates';
import { CallFailed } from '../../api';
import { useApi } from '../../api-context';
import { LoadFailed } from '../../components/LoadFailed';
import { PageLoading } from '../../components/PageLoading';
import { describeError } from '../../errors';
import { isMod, modKeys, useKeydown } from '../../hooks/shortcuts';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../i18n';
import { paths, useRouter } from '../../router';
import { clinicianName, reasonText, typeName, useDiaryFormat } from '../Diary/format';
import { warningText } from '../Diary/VisitDialog';
import { CardActions } from './CardActions';
import {
  defaultChoice,
  nearby,
  parseChoice,
  planVisits,
  SKIP,
  slotChoice,
  type Choice,
  type PlanVisit,
} from './plan-visits';

/**
 * Book follow-ups (`#/children/:id/book`): each visit the plan proposes with the clinician's nearest
 * free slots, the first one chosen; "Book all" books them in one go, then the card prints.
 */
export function BookFollowUpsScreen({ childId }: { childId: number }) {
  const api = useApi();
  const { t, date } = useI18n();
  const { navigate, back } = useRouter();
  const today = localToday();
  const data = useLoad(`book:${childId}`, async () => {
    const [record, clinicians, types, draft, booklets] = await Promise.all([
      api.call('patients:record', { id: childId }),
      api.call('clinicians:list', {}),
      api.call('appointment-types:list', {}),
      api.call('booklets:draft', { patientId: childId }),
      api.call('booklets:list', { patientId: childId }),
    ]);
    // Only the names and the clinician who saw the child last leave this function: no clinical field is shown.
    return {
      child: { id: record.patient.id, firstName: record.patient.firstName, lastName: record.patient.lastName },
      lastClinicianId: record.assessments[0]?.clinicianId ?? null,
      clinicians,
      types,
      plan: planVisits(draft, booklets, today),
    };
  });

  if (data.error) {
    return <LoadFailed title={t('bookFollowUps.loadFailed')} error={data.error} onRetry={data.reload} />;
  }
  if (!data.value) return <PageLoading />;
  const { child, clinicians, types, plan, lastClinicianId } = data.value;
  const name = t('name.full', { first: child.firstName, last: child.lastName });

  return (
    <Stack spacing={3} sx={{ maxWidth: 980 }}>
      <Box>
        <Link
          href={paths.child(child.id)}
          onClick={(event) => {
            event.preventDefault();
            back(paths.child(child.id));
          }}
          sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, mb: 1 }}
        >
          <ArrowBackIcon fontSize="small" />
          {name}
        </Link>
        <Typography variant="h1">{t('bookFollowUps.title')}</Typography>
        <Typography sx={{ color: 'text.secondary', mt: 0.5 }}>
          {plan.none
            ? name
            : plan.bookletDate
              ? t('bookFollowUps.fromBooklet', { name, date: date(plan.bookletDate) })
              : t('bookFollowUps.fromToday', { name })}
        </Typography>
      </Box>
      {plan.none ? (
        <Card sx={{ p: 4, textAlign: 'center' }}>
          <Typography variant="h2" component="p" sx={{ mb: 1 }}>
            {t(plan.none === 'blocked' ? 'bookFollowUps.none.blockedTitle' : 'bookFollowUps.none.title')}
          </Typography>
          <Typography sx={{ color: 'text.secondary', mb: 3, maxWidth: 560, mx: 'auto' }}>
            {t(plan.none === 'blocked' ? 'bookFollowUps.none.blockedBody' : 'bookFollowUps.none.body')}
          </Typography>
          <Button variant="contained" startIcon={<EventIcon />} onClick={() => navigate(paths.diary())}>
            {t('bookFollowUps.openDiary')}
          </Button>
        </Card>
      ) : (
        <Booking
          child={child}
          name={name}
          visits={plan.visits}
          planRef={plan.planRef}
          clinicians={clinicians}
          types={types}
          lastClinicianId={lastClinicianId}
        />
      )}
    </Stack>
  );
}

function Booking(props: {
  child: { id: number; firstName: string; lastName: string };
  name: string;
  visits: PlanVisit[];
  planRef: string | null;
  clinicians: Clinician[];
  types: AppointmentType[];
  lastClinicianId: number | null;
}) {
  const { child, name, visits, clinicians, types } = props;
  const api = useApi();
  const { t } = useI18n();
  const fmt = useDiaryFormat();
  const { navigate } = useRouter();
  const today = localToday();
  const active = clinicians.filter((c) => c.active);
  const preferred = active.find((c) => c.id === props.lastClinicianId) ?? active[0];
  const [clinicianId, setClinicianId] = useState<number | ''>(preferred?.id ?? '');
  const activeTypes = types.filter((x) => x.active);
  const [typeId, setTypeId] = useState<number | ''>(
    (activeTypes.find((x) => x.code === 'follow_up') ?? activeTypes[0])?.id ?? '',
  );
  const [attempt, setAttempt] = useState(0);
  const proposalKey = `${clinicianId}:${typeId}:${attempt}`;
  const proposals = useLoad(`propose:${child.id}:${proposalKey}`, () =>
    clinicianId === '' || typeId === ''
      ? Promise.resolve([] as ProposedVisit[])
      : api.call('slots:propose', {
          clinicianId,
          patientId: child.id,
          typeId,
          proposals: visits.map((v) => ({ dueOn: v.dueOn, reason: v.reason })),
          perProposal: 3,
          earlyDays: 2,
        }),
  );
  const [choices, setChoices] = useState<{ key: string; values: Record<number, Choice> }>({ key: '', values: {} });
  const [extra, setExtra] = useState<{ key: string; slots: Record<number, Slot[]> }>({ key: '', slots: {} });
  const [booking, setBooking] = useState(false);
  const [problem, setProblem] = useState<{ title: string; body: string } | null>(null);
  const [done, setDone] = useState<BookingResult[] | null>(null);

  const list = proposals.value ?? [];
  const choiceOf = (i: number): Choice =>
    (choices.key === proposalKey ? choices.values[i] : undefined) ?? (list[i] ? defaultChoice(list[i]) : SKIP);
  const extraOf = (i: number) => (extra.key === proposalKey ? (extra.slots[i] ?? []) : []);
  const toBook = list.filter((_p, i) => choiceOf(i) !== SKIP).length;

  const choose = (i: number, value: Choice) =>
    setChoices((c) => ({ key: proposalKey, values: { ...(c.key === proposalKey ? c.values : {}), [i]: value } }));

  const more = async (i: number) => {
    const p = list[i];
    if (!p || clinicianId === '' || typeId === '') return;
    const shown = [...p.slots, ...extraOf(i)];
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
          [i]: [...extraOf(i), ...found.filter((s) => !known.has(slotChoice(s)))],
        },
      }));
    } catch (error) {
      setProblem({ title: t('bookFollowUps.moreFailed'), body: describeError(t, error) });
    }
  };

  const bookAll = async () => {
    if (booking || clinicianId === '' || typeId === '' || !proposals.value || toBook === 0) return;
    setBooking(true);
    setProblem(null);
    try {
      const result = await api.call('appointments:book-plan', {
        patientId: child.id,
        clinicianId,
        typeId,
        planRef: props.planRef,
        visits: list.map((p, i) => {
          const start = parseChoice(choiceOf(i));
          return { dueOn: p.dueOn, reason: p.reason, start };
        }),
      });
      setDone(result.bookings);
    } catch (error) {
      if (error instanceof CallFailed && error.error.code === 'CONFLICT') {
        setProblem({ title: t('bookFollowUps.conflict'), body: error.error.message });
        setAttempt((n) => n + 1); // the slots moved on: offer fresh ones
      } else {
        setProblem({
          title: t('bookFollowUps.failed'),
          body:
            error instanceof CallFailed && error.error.code === 'VALIDATION'
              ? error.error.message
              : describeError(t, error),
        });
      }
    } finally {
      setBooking(false);
    }
  };

  useKeydown((event) => {
    if (done || event.defaultPrevented) return;
    if (isMod(event, 'enter')) {
      event.preventDefault();
      void bookAll();
    }
  });

  if (done) {
    return (
      <Card sx={{ p: 4 }} component="section" aria-labelledby="booked-title">
        <Typography variant="h2" id="booked-title" sx={{ mb: 2 }}>
          {t('bookFollowUps.done.title', { count: done.length, name })}
        </Typography>
        <Box
          component="ul"
          sx={{ m: 0, mb: 3, p: 0, listStyle: 'none' }}
          aria-label={t('bookFollowUps.done.listLabel')}
        >
          {done.map((b) => (
            <Box component="li" key={b.appointment.id} sx={{ py: 1, borderBottom: 1, borderColor: 'divider' }}>
              <Typography sx={{ fontWeight: 600 }}>
                {fmt.dayTitle(b.appointment.date)}, {fmt.timeRange(b.appointment.start, b.appointment.end)}
              </Typography>
              <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                {clinicianName(clinicians, b.appointment.clinicianId)}
                {b.appointment.planReason ? ` · ${reasonText(t, b.appointment.planReason)}` : ''}
              </Typography>
              {b.warnings.map((w, i) => (
                <Typography key={i} variant="body2" sx={{ color: '#8a3b12' }}>
                  {warningText(t, fmt, w, name, clinicianName(clinicians, b.appointment.clinicianId))}
                </Typography>
              ))}
            </Box>
          ))}
        </Box>
        <Typography sx={{ mb: 1.5 }}>{t('bookFollowUps.done.printHint')}</Typography>
        <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 1.5, alignItems: 'center' }}>
          <CardActions childId={child.id} childName={name} autoFocus />
          <Box sx={{ flex: 1 }} />
          <Button onClick={() => navigate(paths.diary({ date: done[0]?.appointment.date ?? null }))}>
            {t('bookFollowUps.openDiary')}
          </Button>
          <Button onClick={() => navigate(paths.child(child.id))}>{t('bookFollowUps.backToChild')}</Button>
        </Stack>
      </Card>
    );
  }

  return (
    <>
      <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
        <TextField
          select
          label={t('diary.field.clinician')}
          value={clinicianId}
          onChange={(e) => setClinicianId(Number(e.target.value))}
          sx={{ maxWidth: 320 }}
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
          sx={{ maxWidth: 340 }}
          helperText={' '}
        >
          {activeTypes.map((x) => (
            <MenuItem key={x.id} value={x.id}>
              {typeName(t, x)} · {t('diary.minutes', { count: x.durationMinutes })}
            </MenuItem>
          ))}
        </TextField>
      </Stack>

      {active.length === 0 && <Alert severity="info">{t('diary.noClinicians.body')}</Alert>}
      {proposals.error ? (
        <LoadFailed title={t('bookFollowUps.proposeFailed')} error={proposals.error} onRetry={proposals.reload} />
      ) : !proposals.value ? (
        <PageLoading />
      ) : (
        <Box
          component="ol"
          sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', gap: 2 }}
          aria-label={t('bookFollowUps.listLabel')}
        >
          {list.map((p, i) => {
            const visit = visits[i];
            const overdue = p.dueOn < today;
            const options = [...p.earlier.slice().reverse(), ...p.slots, ...extraOf(i)];
            const label = t('bookFollowUps.visitN', { n: i + 1, count: list.length });
            const choice = choiceOf(i);
            return (
              <Card component="li" key={`${p.dueOn}-${i}`} sx={{ p: 2.5 }} aria-label={label}>
                <Stack direction={{ xs: 'column', md: 'row' }} spacing={3}>
                  <Box sx={{ width: { md: 260 }, flexShrink: 0 }}>
                    <Typography variant="overline" sx={{ color: 'text.secondary' }}>
                      {label}
                    </Typography>
                    <Typography sx={{ fontWeight: 700, fontSize: '1.1rem' }}>
                      {t('bookFollowUps.dueOn', { date: fmt.dayLong(p.dueOn) })}
                    </Typography>
                    <Typography sx={{ color: 'text.secondary' }}>{reasonText(t, p.reason, visit?.course)}</Typography>
                    {overdue && <Chip size="small" color="error" label={t('bookFollowUps.overdue')} sx={{ mt: 1 }} />}
                    {nearby(p)
                      .slice(0, 2)
                      .map((e) => (
                        <Typography key={e.id} variant="body2" sx={{ color: '#8a3b12', mt: 1 }}>
                          {t('bookFollowUps.alreadyBooked', { when: fmt.when(e.date, e.start) })}
                        </Typography>
                      ))}
                  </Box>
                  <Box sx={{ flex: 1, minWidth: 0 }}>
                    <RadioGroup
                      aria-label={t('bookFollowUps.timeFor', { visit: label })}
                      value={choice}
                      onChange={(e) => choose(i, e.target.value)}
                      sx={{ flexDirection: 'row', flexWrap: 'wrap', gap: 1 }}
                    >
                      {options.map((s) => {
                        const value = slotChoice(s);
                        const offset = daysBetween(p.dueOn, s.date);
                        const hint =
                          offset === 0
                            ? t('bookFollowUps.onDueDay')
                            : offset < 0
                              ? t('bookFollowUps.daysEarly', { count: -offset })
                              : t('bookFollowUps.daysLate', { count: offset });
                        return (
                          <FormControlLabel
                            key={value}
                            value={value}
                            control={<Radio size="small" />}
                            label={
                              <Box component="span">
                                <Box component="span" sx={{ fontWeight: 600 }}>
                                  {fmt.when(s.date, s.start)}
                                </Box>
                                <Box component="span" sx={{ display: 'block', fontSize: 13, color: 'text.secondary' }}>
                                  {hint}
                                </Box>
                              </Box>
                            }
                            sx={optionSx(choice === value)}
                          />
                        );
                      })}
                      <FormControlLabel
                        value={SKIP}
                        control={<Radio size="small" />}
                        label={
                          <Box component="span">
                            <Box component="span" sx={{ fontWeight: 600 }}>
                              {t('bookFollowUps.skip')}
                            </Box>
                            <Box component="span" sx={{ display: 'block', fontSize: 13, color: 'text.secondary' }}>
                              {t('bookFollowUps.skipHint')}
                            </Box>
                          </Box>
                        }
                        sx={optionSx(choice === SKIP)}
                      />
                    </RadioGroup>
                    {options.length === 0 && (
                      <Typography variant="body2" sx={{ color: 'text.secondary', mt: 1 }}>
                        {t('bookFollowUps.noSlots')}
                      </Typography>
                    )}
                    <Button size="small" startIcon={<MoreIcon />} onClick={() => void more(i)} sx={{ mt: 1 }}>
                      {t('bookFollowUps.moreTimes')}
                    </Button>
                  </Box>
                </Stack>
              </Card>
            );
          })}
        </Box>
      )}

      {problem && (
        <Alert severity="error" role="alert">
          <AlertTitle>{problem.title}</AlertTitle>
          {problem.body}
        </Alert>
      )}

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
          {t('bookFollowUps.summary', { count: toBook, skipped: list.length - toBook, name })}
        </Typography>
        <Tooltip title={t('bookFollowUps.bookAllTooltip', { keys: modKeys('Enter') })}>
          <span>
            <Button
              variant="contained"
              size="large"
              startIcon={booking ? <CircularProgress size={18} color="inherit" aria-hidden /> : <EventIcon />}
              disabled={booking || toBook === 0 || !proposals.value || clinicianId === ''}
              onClick={() => void bookAll()}
            >
              {t('bookFollowUps.bookAll')}
            </Button>
          </span>
        </Tooltip>
      </Card>
    </>
  );
}

const optionSx = (selected: boolean) => ({
  m: 0,
  pr: 1.5,
  pl: 0.5,
  py: 0.5,
  border: 1,
  borderRadius: 1,
  borderColor: selected ? 'primary.main' : 'divider',
  bgcolor: selected ? 'rgba(47,111,178,0.08)' : 'transparent',
  alignItems: 'center',
});
