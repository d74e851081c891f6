import Card from '@mui/material/Card';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { LoadFailed } from '../../components/LoadFailed';
import { PageLoading } from '../../components/PageLoading';
import { useApiQuery } from '../../data';
import { useT } from '../../i18n';
import { AppointmentTypes } from './diary/AppointmentTypes';
import { ClosedDays } from './diary/ClosedDays';
import { WorkingHours } from './diary/WorkingHours';

/**
 * Settings → Diary: working hours per clinician, closed days, appointment types. All three read
 * from the query cache, so a clinician added in the card above is offered here at once.
 */
export function DiarySetupCard() {
  const t = useT();
  const clinicians = useApiQuery('clinicians:list', {});
  const setup = useApiQuery('diary:setup:get', {});
  const types = useApiQuery('appointment-types:list', {});
  const failed = [clinicians, setup, types].find((q) => q.isError && q.data === undefined);

  let body;
  if (failed) {
    body = (
      <LoadFailed
        title={t('diarySetup.loadFailed')}
        error={failed.error}
        onRetry={() => [clinicians, setup, types].forEach((q) => void q.refetch())}
      />
    );
  } else if (!clinicians.data || !setup.data || !types.data) body = <PageLoading />;
  else {
    body = (
      <Stack spacing={3} divider={<Divider />}>
        <section aria-labelledby="hours-title">
          <Typography variant="h3" id="hours-title" sx={{ mb: 0.5 }}>
            {t('diarySetup.hours.title')}
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2 }}>
            {t('diarySetup.hours.hint')}
          </Typography>
          <WorkingHours clinicians={clinicians.data} hours={setup.data.hours} />
        </section>
        <section aria-labelledby="closed-title">
          <Typography variant="h3" id="closed-title" sx={{ mb: 0.5 }}>
            {t('diarySetup.closed.title')}
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2 }}>
            {t('diarySetup.closed.hint')}
          </Typography>
          <ClosedDays clinicians={clinicians.data} closedDays={setup.data.closedDays} />
        </section>
        <section aria-labelledby="types-title">
          <Typography variant="h3" id="types-title" sx={{ mb: 0.5 }}>
            {t('diarySetup.types.title')}
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2 }}>
            {t('diarySetup.types.hint')}
          </Typography>
          <AppointmentTypes types={types.data} />
        </section>
      </Stack>
    );
  }

  return (
    <Card sx={{ p: 4 }} component="section" aria-labelledby="diary-setup-title">
      <Typography variant="h2" id="diary-setup-title" sx={{ mb: 0.5 }}>
        {t('diarySetup.title')}
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 3 }}>
        {t('diarySetup.hint')}
      </Typography>
      {body}
    </Card>
  );
}
