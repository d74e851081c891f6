import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { localToday, type Appointment } from '../../../shared/contract';
import type { PersonName } from '../../../shared/person-name';
import { LoadFailed } from '../../components/LoadFailed';
import { PageLoading } from '../../components/PageLoading';
import { useApiQuery } from '../../data';
import { useI18n } from '../../i18n';
import { paths, useRouter } from '../../router';
import { useDiaryFormat, visitSummary } from '../Diary/format';
import { StatusChip } from '../Diary/status';
import { CardActions } from './CardActions';

const PAST_SHOWN = 5;

/**
 * The child's visits for the child screen: upcoming first (soonest on top), then past ones with
 * their status; "Print card" (A6/A4) and "Add to calendar (.ics)". Administrative only.
 */
export function ChildVisits({ childId }: { childId: number }) {
  const { t } = useI18n();
  const fmt = useDiaryFormat();
  const { navigate } = useRouter();
  const [allPast, setAllPast] = useState(false);
  const queries = [
    useApiQuery('appointments:patient', { patientId: childId }),
    useApiQuery('clinicians:list', {}),
    useApiQuery('appointment-types:list', {}),
    useApiQuery('patients:get', { id: childId }),
  ] as const;
  const failed = queries.find((q) => q.isError);
  const [visitsQ, cliniciansQ, typesQ, childQ] = queries;
  const today = localToday();

  let body;
  let person: PersonName | null = null;
  let hasUpcoming = false;
  const visits = visitsQ.data;
  const clinicians = cliniciansQ.data;
  const types = typesQ.data;
  const child = childQ.data;
  if (failed && !(visits && clinicians && types && child)) {
    body = (
      <LoadFailed
        title={t('childVisits.loadFailed')}
        error={failed.error}
        onRetry={() => queries.forEach((q) => void q.refetch())}
      />
    );
  } else if (!(visits && clinicians && types && child)) {
    body = <PageLoading />;
  } else {
    person = child;
    const upcoming = visits
      .filter((v) => v.status === 'booked' && v.date >= today)
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    const past = visits.filter((v) => !upcoming.includes(v));
    hasUpcoming = upcoming.length > 0;
    const row = (v: Appointment) => (
      <Box
        component="li"
        key={v.id}
        sx={{
          display: 'flex',
          alignItems: 'center',
          gap: 2,
          py: 1.25,
          borderBottom: 1,
          borderColor: 'divider',
          '&:last-of-type': { borderBottom: 0 },
        }}
      >
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Link
            href={paths.diary({ date: v.date })}
            onClick={(event) => {
              event.preventDefault();
              navigate(paths.diary({ date: v.date }));
            }}
            sx={{ fontWeight: 600, textDecoration: v.status === 'cancelled' ? 'line-through' : undefined }}
          >
            {fmt.dayTitle(v.date)}, {fmt.time(v.start)}
          </Link>
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {visitSummary(t, types, clinicians, v)}
          </Typography>
        </Box>
        <StatusChip status={v.status} />
      </Box>
    );
    const pastShown = allPast ? past : past.slice(0, PAST_SHOWN);
    body =
      visits.length === 0 ? (
        <Box sx={{ py: 3, px: 2, textAlign: 'center', bgcolor: 'action.hover', borderRadius: 1 }}>
          <Typography sx={{ color: 'text.secondary' }}>{t('childVisits.empty')}</Typography>
        </Box>
      ) : (
        <Stack spacing={2}>
          <Box>
            <Typography variant="h3" component="h3" sx={{ mb: 0.5 }}>
              {t('childVisits.upcoming')}
            </Typography>
            {upcoming.length ? (
              <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none' }} aria-label={t('childVisits.upcoming')}>
                {upcoming.map(row)}
              </Box>
            ) : (
              <Typography sx={{ color: 'text.secondary' }}>{t('childVisits.noUpcoming')}</Typography>
            )}
          </Box>
          {past.length > 0 && (
            <Box>
              <Typography variant="h3" component="h3" sx={{ mb: 0.5 }}>
                {t('childVisits.past')}
              </Typography>
              <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none' }} aria-label={t('childVisits.past')}>
                {pastShown.map(row)}
              </Box>
              {past.length > PAST_SHOWN && (
                <Button size="small" onClick={() => setAllPast((v) => !v)} sx={{ mt: 1 }}>
                  {allPast ? t('childVisits.showFewer') : t('childVisits.showAll', { count: past.length })}
                </Button>
              )}
            </Box>
          )}
        </Stack>
      );
  }

  return (
    <Card sx={{ p: 4 }} component="section" aria-labelledby="child-visits-title">
      <Stack
        direction="row"
        spacing={2}
        sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 2, flexWrap: 'wrap', rowGap: 1 }}
      >
        <Typography variant="h2" id="child-visits-title">
          {t('childVisits.title')}
        </Typography>
        {hasUpcoming && person && <CardActions childId={childId} child={person} size="small" />}
      </Stack>
      {body}
    </Card>
  );
}
