import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import ArchiveIcon from '@mui/icons-material/ArchiveOutlined';
import CalendarIcon from '@mui/icons-material/EditCalendarOutlined';
import type { Assessment } from '../../../shared/contract';
import { LoadFailed } from '../../components/LoadFailed';
import { QueryState } from '../../components/QueryState';
import { useApiQuery } from '../../data';
import { dialogOpen, isMod, isTyping, useKeydown } from '../../hooks/shortcuts';
import { useI18n } from '../../i18n';
import { paths, useRouter } from '../../router';
import { BackToChildren, useInAppLink } from './child-links';
import { EnterCalendarDialog } from '../Adherence';
import { ChildVisits } from '../BookFollowUps';
import { BookletHistory } from '../Booklet';
import { AngleChart } from './AngleChart';
import { ChildHeader } from './ChildHeader';
import { CourseStrip } from './CourseStrip';
import { HistoryDialog } from './HistoryDialog';
import { LatestAssessment } from './LatestAssessment';
import { Timeline } from './Timeline';

/** A plain key pressed outside a text field, without Ctrl, ⌘ or Alt. */
function plainKey(event: KeyboardEvent, key: string): boolean {
  return (
    event.key.toLowerCase() === key && !isTyping(event.target) && !event.ctrlKey && !event.metaKey && !event.altKey
  );
}

/**
 * One child: who they are, how to reach the family, and how the feet have been at each visit.
 * The record comes from the query cache: a child opened before shows at once while it re-reads.
 */
export function ChildScreen({ id }: { id: number }) {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const record = useApiQuery('patients:record', { id });
  // The current plan's courses with what the family reported: the strip under the chart.
  const courses = useApiQuery('adherence:summary', { patientId: id });
  const [history, setHistory] = useState<Assessment | null>(null);
  const [entering, setEntering] = useState(false);
  const hasCourses = (courses.data?.length ?? 0) > 0;

  useKeydown((event) => {
    if (!record.data || event.defaultPrevented || dialogOpen()) return;
    if (isMod(event, 'e')) {
      event.preventDefault();
      navigate(paths.childEdit(id));
    } else if (plainKey(event, 'a')) {
      event.preventDefault();
      navigate(paths.assessNew(id));
    } else if (hasCourses && plainKey(event, 'r')) {
      event.preventDefault();
      setEntering(true);
    }
  });

  const link = useInAppLink();

  return (
    <Stack spacing={3}>
      <BackToChildren />
      <QueryState query={record} failedTitle={t('child.loadFailed')}>
        {({ patient, assessments }) => {
          const latest = assessments[0];
          return (
            <>
              {patient.archivedAt !== null && (
                <Alert severity="info" icon={<ArchiveIcon />}>
                  {t('child.archivedBanner')}
                </Alert>
              )}
              <ChildHeader patient={patient} hasAssessment={latest !== undefined} link={link} />
              <LatestAssessment latest={latest} />
              <ChildVisits childId={id} />
              {latest && (
                <>
                  <Card sx={{ p: 4 }} component="section" aria-labelledby="chart-title">
                    <Stack
                      direction="row"
                      spacing={2}
                      sx={{ alignItems: 'flex-start', justifyContent: 'space-between' }}
                    >
                      <Box>
                        <Typography variant="h2" id="chart-title">
                          {t('chart.title')}
                        </Typography>
                        <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2 }}>
                          {hasCourses ? t('adherence.chartHint') : t('chart.hint')}
                        </Typography>
                      </Box>
                      {hasCourses && (
                        <Tooltip title={t('adherence.enterTooltip', { keys: 'R' })}>
                          <Button
                            variant="outlined"
                            startIcon={<CalendarIcon />}
                            onClick={() => setEntering(true)}
                            sx={{ flexShrink: 0, whiteSpace: 'nowrap' }}
                          >
                            {t('adherence.enter')}
                          </Button>
                        </Tooltip>
                      )}
                    </Stack>
                    {courses.isPending ? (
                      <Box sx={{ minHeight: 280 }} />
                    ) : (
                      <AngleChart
                        assessments={assessments}
                        span={courses.data?.flatMap((c) => [c.startDate, c.endDate])}
                        below={hasCourses ? (axis) => <CourseStrip courses={courses.data!} axis={axis} /> : undefined}
                      />
                    )}
                    {courses.isError && (
                      <Box sx={{ mt: 2 }}>
                        <LoadFailed
                          title={t('adherence.strip.loadFailed')}
                          error={courses.error}
                          onRetry={() => void courses.refetch()}
                        />
                      </Box>
                    )}
                  </Card>

                  <Card sx={{ p: 4 }} component="section" aria-labelledby="timeline-title">
                    <Typography variant="h2" id="timeline-title" sx={{ mb: 2 }}>
                      {t('timeline.title')}
                    </Typography>
                    <Timeline childId={id} assessments={assessments} onHistory={setHistory} />
                  </Card>

                  <Card sx={{ p: 4 }} component="section" aria-labelledby="booklets-title">
                    <Typography variant="h2" id="booklets-title" sx={{ mb: 2 }}>
                      {t('booklet.history.title')}
                    </Typography>
                    <BookletHistory childId={id} />
                  </Card>
                </>
              )}
            </>
          );
        }}
      </QueryState>
      <HistoryDialog assessment={history} onClose={() => setHistory(null)} />
      <EnterCalendarDialog open={entering} courses={courses.data ?? []} onClose={() => setEntering(false)} />
    </Stack>
  );
}
