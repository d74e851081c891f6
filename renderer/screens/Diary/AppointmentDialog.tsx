import { useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AttendedIcon from '@mui/icons-material/CheckCircleOutlined';
import NoShowIcon from '@mui/icons-material/PersonOffOutlined';
import EditIcon from '@mui/icons-material/EditCalendarOutlined';
import CancelIcon from '@mui/icons-material/EventBusyOutlined';
import UndoIcon from '@mui/icons-material/Undo';
import { localToday, type Appointment, type AppointmentType, type Clinician } from '../../../shared/contract';
import { CallFailed } from '../../api';
import { LoadFailed } from '../../components/LoadFailed';
import { useNotifier } from '../../components/Notifier';
import { PageLoading } from '../../components/PageLoading';
import { staleIssue, staleText } from '../../components/StaleNotice';
import { describeError } from '../../errors';
import { useApiMutation, useApiQuery } from '../../data';
import { useI18n } from '../../i18n';
import { paths, useRouter } from '../../router';
import { clinicianName, reasonText, typeName, useDiaryFormat } from './format';
import { StatusChip } from './status';

interface Props {
  id: number | null;
  clinicians: Clinician[];
  types: AppointmentType[];
  onClose(): void;
  onEdit(appointment: Appointment): void;
}

/** One visit: who, when, with whom; mark attended or no-show, change, cancel, or undo a mark. */
export function AppointmentDialog(props: Props) {
  return (
    <Dialog
      open={props.id !== null}
      onClose={props.onClose}
      aria-labelledby="appointment-title"
      maxWidth="sm"
      fullWidth
    >
      {props.id !== null && <AppointmentDetails key={props.id} {...props} id={props.id} />}
    </Dialog>
  );
}

function AppointmentDetails({ id, clinicians, types, onClose, onEdit }: Props & { id: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  const fmt = useDiaryFormat();
  const { navigate } = useRouter();
  const { notify } = useNotifier();
  const loaded = useApiQuery('appointments:get', { id });
  const setStatusCall = useApiMutation('appointments:set-status');
  const cancelCall = useApiMutation('appointments:cancel');
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const a = loaded.data ?? null;
  // A visit booked for a check-up after a course: which course, from the child's plan (words only).
  const recallId = a?.planReason === 'after_course' ? a.recallId : null;
  const checkup = useApiQuery(
    'care-plans:schedule',
    { patientId: a?.patient.id ?? 0 },
    {
      enabled: recallId !== null && a !== null,
      select: (schedule) => schedule?.checkups.find((c) => c.id === recallId) ?? null,
    },
  );

  if (!a) {
    return (
      <>
        <DialogTitle id="appointment-title">{t('diary.appointment.title')}</DialogTitle>
        <DialogContent>
          {loaded.isError ? (
            <LoadFailed
              title={t('diary.appointment.loadFailed')}
              error={loaded.error}
              onRetry={() => void loaded.refetch()}
            />
          ) : (
            <PageLoading />
          )}
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>{t('action.close')}</Button>
        </DialogActions>
      </>
    );
  }

  const name = t('name.full', { first: a.patient.firstName, last: a.patient.lastName });
  const future = a.date > localToday();

  const run = async (key: string, work: () => Promise<unknown>, done: string) => {
    setBusy(key);
    setProblem(null);
    try {
      await work();
      notify(done);
    } catch (error) {
      const stale = staleIssue(error);
      setProblem(
        stale
          ? staleText(i18n, stale)
          : error instanceof CallFailed && error.error.code === 'CONFLICT'
            ? error.error.message
            : describeError(t, error),
      );
      // Someone changed the visit first: show it as it now stands (the buttons then act on that).
      if (stale) void loaded.refetch();
    } finally {
      setBusy(null);
    }
  };
  const setStatus = (status: 'booked' | 'attended' | 'no_show', done: string) =>
    run(status, () => setStatusCall.mutateAsync({ id: a.id, version: a.version, status }), done);

  const spinner = (key: string, icon: ReactNode) =>
    busy === key ? <CircularProgress size={18} color="inherit" aria-hidden /> : icon;

  return (
    <>
      <DialogTitle id="appointment-title" sx={{ pb: 1 }}>
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <span>{name}</span>
          <StatusChip status={a.status} />
        </Stack>
      </DialogTitle>
      <DialogContent>
        <Box
          component="dl"
          sx={{ m: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 1 }}
        >
          <Row label={t('diary.appointment.when')}>
            {fmt.dayTitle(a.date)}, {fmt.timeRange(a.start, a.end)}
          </Row>
          <Row label={t('diary.field.clinician')}>{clinicianName(clinicians, a.clinicianId)}</Row>
          <Row label={t('diary.field.type')}>
            {typeName(
              t,
              types.find((x) => x.id === a.typeId),
            )}{' '}
            · {t('diary.minutes', { count: a.durationMinutes })}
          </Row>
          {a.planReason && (
            <Row label={t('diary.appointment.reason')}>{reasonText(t, a.planReason, checkup.data?.course)}</Row>
          )}
          {a.note && <Row label={t('diary.field.note')}>{a.note}</Row>}
          {a.status === 'cancelled' && a.cancelReason && (
            <Row label={t('diary.appointment.cancelReason')}>{a.cancelReason}</Row>
          )}
        </Box>
        <Link
          href={paths.child(a.patient.id)}
          onClick={(event) => {
            event.preventDefault();
            onClose();
            navigate(paths.child(a.patient.id));
          }}
          sx={{ display: 'inline-block', mt: 2 }}
        >
          {t('diary.appointment.openChild', { name })}
        </Link>
        {problem && (
          <Alert severity="error" role="alert" sx={{ mt: 2 }}>
            {problem}
          </Alert>
        )}
        {a.status === 'booked' && future && (
          <Typography variant="body2" sx={{ color: 'text.secondary', mt: 2 }}>
            {t('diary.appointment.markLater')}
          </Typography>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2, flexWrap: 'wrap', gap: 1 }}>
        {a.status === 'booked' && (
          <>
            <Button
              variant="contained"
              color="success"
              startIcon={spinner('attended', <AttendedIcon />)}
              disabled={busy !== null || future}
              onClick={() => void setStatus('attended', t('diary.done.attended', { name }))}
            >
              {t('diary.action.attended')}
            </Button>
            <Button
              variant="outlined"
              color="warning"
              startIcon={spinner('no_show', <NoShowIcon />)}
              disabled={busy !== null || future}
              onClick={() => void setStatus('no_show', t('diary.done.noShow', { name }))}
            >
              {t('diary.action.noShow')}
            </Button>
            <Button startIcon={<EditIcon />} disabled={busy !== null} onClick={() => onEdit(a)}>
              {t('diary.action.change')}
            </Button>
            <Button
              color="error"
              startIcon={spinner('cancel', <CancelIcon />)}
              disabled={busy !== null}
              onClick={() => setConfirmCancel(true)}
            >
              {t('diary.action.cancelVisit')}
            </Button>
          </>
        )}
        {a.status !== 'booked' && (
          <Button
            startIcon={spinner('booked', <UndoIcon />)}
            disabled={busy !== null}
            onClick={() => void setStatus('booked', t('diary.done.booked', { name }))}
          >
            {t(a.status === 'cancelled' ? 'diary.action.restore' : 'diary.action.undoMark')}
          </Button>
        )}
        {a.status === 'no_show' && (
          <Button
            color="error"
            startIcon={<CancelIcon />}
            disabled={busy !== null}
            onClick={() => setConfirmCancel(true)}
          >
            {t('diary.action.cancelVisit')}
          </Button>
        )}
        <Box sx={{ flex: 1 }} />
        <Button onClick={onClose} color="inherit">
          {t('action.close')}
        </Button>
      </DialogActions>
      <CancelVisitDialog
        open={confirmCancel}
        name={name}
        when={`${fmt.dayTitle(a.date)}, ${fmt.time(a.start)}`}
        onKeep={() => setConfirmCancel(false)}
        onCancel={(reason) => {
          setConfirmCancel(false);
          void run(
            'cancel',
            () => cancelCall.mutateAsync({ id: a.id, version: a.version, reason }),
            t('diary.done.cancelled', { name }),
          );
        }}
      />
    </>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Typography component="dt" sx={{ color: 'text.secondary' }}>
        {label}
      </Typography>
      <Typography component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
        {children}
      </Typography>
    </>
  );
}

/** Asks before cancelling, with an optional reason kept on the visit. */
function CancelVisitDialog(props: {
  open: boolean;
  name: string;
  when: string;
  onKeep(): void;
  onCancel(reason: string): void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  return (
    <Dialog open={props.open} onClose={props.onKeep} aria-labelledby="cancel-visit-title" maxWidth="xs" fullWidth>
      <DialogTitle id="cancel-visit-title">{t('diary.cancel.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          {t('diary.cancel.body', { name: props.name, when: props.when })}
        </DialogContentText>
        <TextField
          label={t('diary.cancel.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          slotProps={{ htmlInput: { maxLength: 200 } }}
          autoFocus
        />
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={props.onKeep} color="inherit">
          {t('diary.cancel.keep')}
        </Button>
        <Button variant="contained" color="error" onClick={() => props.onCancel(reason.trim())}>
          {t('diary.cancel.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
