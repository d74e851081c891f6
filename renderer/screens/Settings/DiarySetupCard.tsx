import { useState } from 'react';
import Card from '@mui/material/Card';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { AppointmentType, Clinician } from '../../../shared/contract';
import { useApi } from '../../api-context';
import { LoadFailed } from '../../components/LoadFailed';
import { useLeaveGuard } from '../../components/LeaveGuard';
import { PageLoading } from '../../components/PageLoading';
import { useLoad } from '../../hooks/useLoad';
import { useT } from '../../i18n';
import { AppointmentTypes } from './diary/AppointmentTypes';
import { ClosedDays } from './diary/ClosedDays';
import { WorkingHours } from './diary/WorkingHours';

/** Settings → Diary: working hours per clinician, closed days, appointment types. */
export function DiarySetupCard() {
  const t = useT();
  const api = useApi();
  const loaded = useLoad('diary-setup', () =>
    Promise.all([
      api.call('clinicians:list', {}),
      api.call('diary:setup:get', {}),
      api.call('appointment-types:list', {}),
    ]).then(([clinicians, setup, types]) => ({ clinicians, setup, types })),
  );
  const [types, setTypes] = useState<AppointmentType[] | null>(null);
  // Clinicians added in the card above meanwhile: read again when someone is about to be chosen.
  const [people, setPeople] = useState<Clinician[] | null>(null);
  const refreshPeople = () => {
    api.call('clinicians:list', {}).then(setPeople, () => undefined);
  };
  const [hoursDirty, setHoursDirty] = useState(false);
  const [closedDirty, setClosedDirty] = useState(false);
  const leaveDialog = useLeaveGuard(hoursDirty || closedDirty);

  let body;
  if (loaded.error)
    body = <LoadFailed title={t('diarySetup.loadFailed')} error={loaded.error} onRetry={loaded.reload} />;
  else if (!loaded.value) body = <PageLoading />;
  else {
    const { setup } = loaded.value;
    const clinicians = people ?? loaded.value.clinicians;
    body = (
      <Stack spacing={3} divider={<Divider />}>
        <section aria-labelledby="hours-title">
          <Typography variant="h3" id="hours-title" sx={{ mb: 0.5 }}>
            {t('diarySetup.hours.title')}
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2 }}>
            {t('diarySetup.hours.hint')}
          </Typography>
          <WorkingHours
            clinicians={clinicians}
            hours={setup.hours}
            onDirty={setHoursDirty}
            onRefreshClinicians={refreshPeople}
          />
        </section>
        <section aria-labelledby="closed-title">
          <Typography variant="h3" id="closed-title" sx={{ mb: 0.5 }}>
            {t('diarySetup.closed.title')}
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2 }}>
            {t('diarySetup.closed.hint')}
          </Typography>
          <ClosedDays
            clinicians={clinicians}
            closedDays={setup.closedDays}
            onDirty={setClosedDirty}
            onRefreshClinicians={refreshPeople}
          />
        </section>
        <section aria-labelledby="types-title">
          <Typography variant="h3" id="types-title" sx={{ mb: 0.5 }}>
            {t('diarySetup.types.title')}
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2 }}>
            {t('diarySetup.types.hint')}
          </Typography>
          <AppointmentTypes types={types ?? loaded.value.types} onChange={setTypes} />
        </section>
      </Stack>
    );
  }

  return (
    <Card sx={{ p: 4, scrollMarginTop: 88 }} component="section" aria-labelledby="diary-setup-title" id="diary-setup">
      <Typography variant="h2" id="diary-setup-title" sx={{ mb: 0.5 }}>
        {t('diarySetup.title')}
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 3 }}>
        {t('diarySetup.hint')}
      </Typography>
      {body}
      {leaveDialog}
    </Card>
  );
}
