import type { PersonName } from '../../../shared/person-name';
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import UndoIcon from '@mui/icons-material/Undo';
import type { BookingResult, Checkup, Clinician } from '../../../shared/contract';
import { useApiMutation } from '../../data';
import { useNotifier } from '../../components/Notifier';
import { describeError } from '../../errors';
import { dialogOpen, isMod, isTyping, modKeys, useKeydown } from '../../hooks/shortcuts';
import { useI18n } from '../../i18n';
import { paths, useRouter } from '../../router';
import { clinicianName, reasonText, useDiaryFormat } from '../Diary/format';
import { warningText } from '../Diary/VisitDialog';
import { CardActions } from './CardActions';

/** What "Book all" did: each booking with the check-up it answers, and the check-ups skipped. */
export interface Booked {
  visits: { booking: BookingResult; checkup: Checkup }[];
  skipped: Checkup[];
}

/**
 * After "Book all": the visits booked, an Undo (one step: `appointments:unbook-plan` removes
 * them and their check-ups are due again), the card for the family, and where to go next.
 */
export function BookedResult(props: {
  child: { id: number } & PersonName;
  name: string;
  booked: Booked;
  clinicians: Clinician[];
  onUndone(): void;
}) {
  const { child, name, booked, clinicians } = props;
  // The diary, the recall list and the plan's check-ups read again: the check-ups are due again.
  const unbook = useApiMutation('appointments:unbook-plan');
  const { t } = useI18n();
  const fmt = useDiaryFormat();
  const { navigate } = useRouter();
  const { notify } = useNotifier();
  const [undoing, setUndoing] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const first = booked.visits[0]?.booking.appointment.date ?? null;

  const undo = async () => {
    if (undoing) return;
    setUndoing(true);
    setFailure(null);
    try {
      await unbook.mutateAsync({
        appointmentIds: booked.visits.map((v) => v.booking.appointment.id),
      });
      notify(t('bookFollowUps.undone'));
      props.onUndone();
    } catch (error) {
      setFailure(error);
      setUndoing(false);
    }
  };

  useKeydown((event) => {
    if (event.defaultPrevented || dialogOpen() || isTyping(event.target)) return;
    if (isMod(event, 'z')) {
      event.preventDefault();
      void undo();
    }
  });

  return (
    <Card sx={{ p: 4 }} component="section" aria-labelledby="booked-title">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start', mb: 2 }}>
        <Typography variant="h2" id="booked-title" sx={{ flex: 1 }}>
          {t('bookFollowUps.done.title', { count: booked.visits.length, name })}
        </Typography>
        <Tooltip title={t('bookFollowUps.undoTooltip', { keys: modKeys('Z') })}>
          <span>
            <Button
              variant="outlined"
              startIcon={undoing ? <CircularProgress size={16} color="inherit" aria-hidden /> : <UndoIcon />}
              disabled={undoing}
              onClick={() => void undo()}
            >
              {t('bookFollowUps.undo')}
            </Button>
          </span>
        </Tooltip>
      </Stack>
      {failure !== null && (
        <Alert severity="error" sx={{ mb: 2 }}>
          <AlertTitle>{t('bookFollowUps.undoFailed')}</AlertTitle>
          {describeError(t, failure)}
        </Alert>
      )}
      <Box component="ul" sx={{ m: 0, mb: 3, p: 0, listStyle: 'none' }} aria-label={t('bookFollowUps.done.listLabel')}>
        {booked.visits.map(({ booking: b, checkup }) => (
          <Box component="li" key={b.appointment.id} sx={{ py: 1, borderBottom: 1, borderColor: 'divider' }}>
            <Typography sx={{ fontWeight: 600 }}>
              {fmt.dayTitle(b.appointment.date)}, {fmt.timeRange(b.appointment.start, b.appointment.end)}
            </Typography>
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {[reasonText(t, checkup.purpose, checkup.course), clinicianName(clinicians, b.appointment.clinicianId)]
                .filter(Boolean)
                .join(' · ')}
            </Typography>
            {b.warnings.map((w, i) => (
              <Typography key={i} variant="body2" sx={{ color: '#8a3b12' }}>
                {warningText(t, fmt, w, name, clinicianName(clinicians, b.appointment.clinicianId))}
              </Typography>
            ))}
          </Box>
        ))}
      </Box>
      {booked.skipped.length > 0 && (
        <Box sx={{ mb: 3 }}>
          <Typography id="skipped-title" sx={{ fontWeight: 600, mb: 0.5 }}>
            {t('bookFollowUps.done.skippedLabel')}
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }} aria-labelledby="skipped-title">
            {booked.skipped.map((c) => (
              <Typography component="li" key={c.id ?? c.dueOn} sx={{ color: 'text.secondary' }}>
                {reasonText(t, c.purpose, c.course)} · {t('bookFollowUps.dueOn', { date: fmt.dayLong(c.dueOn) })}
              </Typography>
            ))}
          </Box>
        </Box>
      )}
      <Typography sx={{ mb: 1.5 }}>{t('bookFollowUps.done.printHint')}</Typography>
      <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 1.5, alignItems: 'center' }}>
        <CardActions childId={child.id} child={child} autoFocus />
        <Box sx={{ flex: 1 }} />
        <Button onClick={() => navigate(paths.diary({ date: first }))}>{t('bookFollowUps.openDiary')}</Button>
        <Button onClick={() => navigate(paths.child(child.id))}>{t('bookFollowUps.backToChild')}</Button>
      </Stack>
    </Card>
  );
}
