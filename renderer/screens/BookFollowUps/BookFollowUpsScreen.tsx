import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import BookletIcon from '@mui/icons-material/MenuBookOutlined';
import EventIcon from '@mui/icons-material/EventAvailableOutlined';
import { localDate } from '../../../shared/calendar/local-time';
import { LoadFailed } from '../../components/LoadFailed';
import { PageLoading } from '../../components/PageLoading';
import { useApiQuery, useInvalidate } from '../../data';
import { useI18n } from '../../i18n';
import { paths, useRouter } from '../../router';
import { BookedResult, type Booked } from './BookedResult';
import { BookingForm } from './BookingForm';

/**
 * Book follow-ups (`#/children/:id/book`): the check-ups of the child's current care plan, as
 * stored when the booklet was issued (`care-plans:schedule`), the same dates the family has on
 * paper. Booked and done ones are shown, not offered again; each due one gets the clinician's
 * nearest free slots. "Book all" books the chosen ones, then the card prints; Undo takes it back.
 */
export function BookFollowUpsScreen({ childId }: { childId: number }) {
  const { t, date } = useI18n();
  const { navigate, back } = useRouter();
  const [booked, setBooked] = useState<Booked | null>(null);
  const queries = [
    useApiQuery('patients:record', { id: childId }),
    useApiQuery('clinicians:list', {}),
    useApiQuery('appointment-types:list', {}),
    useApiQuery('care-plans:schedule', { patientId: childId }),
  ] as const;
  const [recordQ, cliniciansQ, typesQ, scheduleQ] = queries;
  // Booking and its undo write through api.call in the form: the reads they change are read again,
  // while the page stays on screen (cached answers show; no spinner between the result and its undo).
  const invalidate = useInvalidate();
  const reload = () => void invalidate(['appointments', 'care-plans', 'patients', 'slots']);
  const failed = queries.find((q) => q.isError && q.data === undefined);
  if (failed) {
    return (
      <LoadFailed
        title={t('bookFollowUps.loadFailed')}
        error={failed.error}
        onRetry={() => queries.forEach((q) => void q.refetch())}
      />
    );
  }
  const record = recordQ.data;
  const clinicians = cliniciansQ.data;
  const types = typesQ.data;
  const schedule = scheduleQ.data;
  if (!record || !clinicians || !types || schedule === undefined) return <PageLoading />;
  // Only the names and the clinician who saw the child last are used: no clinical field is shown.
  const child = { id: record.patient.id, firstName: record.patient.firstName, lastName: record.patient.lastName };
  const lastClinicianId = record.assessments[0]?.clinicianId ?? null;
  const name = t('name.full', { first: child.firstName, last: child.lastName });

  let body;
  if (!schedule) {
    body = (
      <Card sx={{ p: 4, textAlign: 'center' }}>
        <Typography variant="h2" component="p" sx={{ mb: 1 }}>
          {t('bookFollowUps.none.title')}
        </Typography>
        <Typography sx={{ color: 'text.secondary', mb: 3, maxWidth: 600, mx: 'auto' }}>
          {t('bookFollowUps.none.body')}
        </Typography>
        <Stack direction="row" spacing={2} sx={{ justifyContent: 'center', flexWrap: 'wrap', rowGap: 1 }}>
          <Button
            variant="contained"
            startIcon={<BookletIcon />}
            href={paths.booklet(child.id)}
            onClick={(event) => {
              event.preventDefault();
              navigate(paths.booklet(child.id));
            }}
          >
            {t('bookFollowUps.none.prepare')}
          </Button>
          <Button startIcon={<EventIcon />} onClick={() => navigate(paths.diary())}>
            {t('bookFollowUps.openDiary')}
          </Button>
        </Stack>
      </Card>
    );
  } else if (schedule.checkups.length === 0) {
    body = (
      <Card sx={{ p: 4, textAlign: 'center' }}>
        <Typography variant="h2" component="p" sx={{ mb: 1 }}>
          {t('bookFollowUps.noCheckups.title')}
        </Typography>
        <Typography sx={{ color: 'text.secondary', mb: 3 }}>{t('bookFollowUps.noCheckups.body')}</Typography>
        <Button variant="contained" startIcon={<EventIcon />} onClick={() => navigate(paths.diary())}>
          {t('bookFollowUps.openDiary')}
        </Button>
      </Card>
    );
  } else if (booked) {
    body = (
      <BookedResult
        child={child}
        name={name}
        booked={booked}
        clinicians={clinicians}
        onUndone={() => {
          setBooked(null);
          reload();
        }}
      />
    );
  } else {
    body = (
      <BookingForm
        child={child}
        name={name}
        schedule={schedule}
        clinicians={clinicians}
        types={types}
        lastClinicianId={lastClinicianId}
        onBooked={(result) => {
          setBooked(result);
          reload();
        }}
        onStale={reload}
      />
    );
  }

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
        {schedule && (
          <Typography sx={{ color: 'text.secondary', mt: 0.5 }}>
            {t('bookFollowUps.fromPlan', {
              issued: date(localDate(Date.parse(schedule.createdAt))),
              start: date(schedule.startDate),
            })}
          </Typography>
        )}
      </Box>
      {body}
    </Stack>
  );
}
