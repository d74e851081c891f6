import { useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Divider from '@mui/material/Divider';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/PostAdd';
import ArchiveIcon from '@mui/icons-material/ArchiveOutlined';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import EditIcon from '@mui/icons-material/EditOutlined';
import CalendarIcon from '@mui/icons-material/EditCalendarOutlined';
import UnarchiveIcon from '@mui/icons-material/UnarchiveOutlined';
import { ageOn, localToday, type Assessment, type Patient } from '../../../shared/contract';
import { useApi } from '../../api-context';
import { ChildAvatar } from '../../components/ChildAvatar';
import { LoadFailed } from '../../components/LoadFailed';
import { useNotifier } from '../../components/Notifier';
import { PageLoading } from '../../components/PageLoading';
import { dialogOpen, isMod, isTyping, modKeys, useKeydown } from '../../hooks/shortcuts';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../i18n';
import { paths, useRouter } from '../../router';
import { useChildSearch } from '../Children/search';
import { AngleChart } from './AngleChart';
import { CourseStrip } from './CourseStrip';
import { ExportRecordButton } from './ExportRecordButton';
import { assessmentSentences } from './assessment-text';
import { GuardianList } from './GuardianList';
import { HistoryDialog } from './HistoryDialog';
import { Timeline } from './Timeline';
import { BookletHistory, PrepareBookletButton } from '../Booklet';
import { BookFollowUpsButton, ChildVisits } from '../BookFollowUps';
import { EnterCalendarDialog } from '../Adherence';

/** One child: who they are, how to reach the family, and how the feet have been at each visit. */
export function ChildScreen({ id }: { id: number }) {
  const api = useApi();
  const i18n = useI18n();
  const { t, date, age } = i18n;
  const { navigate } = useRouter();
  const { notify, reportError } = useNotifier();
  const search = useChildSearch();
  const record = useLoad(`record:${id}`, () => api.call('patients:record', { id }));
  // Archiving answers with the stored child; shown without reloading the whole record.
  const [changed, setChanged] = useState<Patient | null>(null);
  const [confirmArchive, setConfirmArchive] = useState(false);
  const [archiving, setArchiving] = useState(false);
  const [history, setHistory] = useState<Assessment | null>(null);
  // The current plan's courses with what the family reported: the strip under the chart.
  const courses = useLoad(`adherence:${id}`, () => api.call('adherence:summary', { patientId: id }));
  const [entering, setEntering] = useState(false);
  const hasCourses = (courses.value?.length ?? 0) > 0;

  useKeydown((event) => {
    if (!record.value || event.defaultPrevented || dialogOpen()) return;
    if (isMod(event, 'e')) {
      event.preventDefault();
      navigate(paths.childEdit(id));
    } else if (
      event.key.toLowerCase() === 'a' &&
      !isTyping(event.target) &&
      !event.ctrlKey &&
      !event.metaKey &&
      !event.altKey
    ) {
      event.preventDefault();
      navigate(paths.assessNew(id));
    } else if (
      hasCourses &&
      event.key.toLowerCase() === 'r' &&
      !isTyping(event.target) &&
      !event.ctrlKey &&
      !event.metaKey &&
      !event.altKey
    ) {
      event.preventDefault();
      setEntering(true);
    }
  });

  const link = (to: string) => ({
    href: to,
    onClick: (event: { preventDefault(): void }) => {
      event.preventDefault();
      navigate(to);
    },
  });

  const backLink = (
    <Link
      {...link(paths.children())}
      underline="hover"
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, alignSelf: 'flex-start' }}
    >
      <ArrowBackIcon fontSize="small" />
      {t('child.allChildren')}
    </Link>
  );

  if (record.error) {
    return (
      <Stack spacing={3}>
        {backLink}
        <LoadFailed title={t('child.loadFailed')} error={record.error} onRetry={record.reload} />
      </Stack>
    );
  }
  if (!record.value) return <PageLoading />;

  const p = changed ?? record.value.patient;
  const { assessments } = record.value;
  const latest = assessments[0];
  const name = t('name.full', { first: p.firstName, last: p.lastName });
  const archived = p.archivedAt !== null;

  const setArchived = async (value: boolean) => {
    setArchiving(true);
    try {
      const stored = await api.call('patients:archive', { id, archived: value });
      setChanged(stored);
      search.refresh();
      notify(t(value ? 'child.archived' : 'child.unarchived', { name }));
    } catch (error) {
      reportError(error);
    } finally {
      setArchiving(false);
      setConfirmArchive(false);
    }
  };

  return (
    <Stack spacing={3}>
      {backLink}
      {archived && (
        <Alert severity="info" icon={<ArchiveIcon />}>
          {t('child.archivedBanner')}
        </Alert>
      )}
      <Card sx={{ p: 4 }} component="section" aria-labelledby="child-name">
        <Stack direction="row" spacing={3} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 2 }}>
          <ChildAvatar firstName={p.firstName} lastName={p.lastName} size={64} />
          <Box sx={{ flex: 1, minWidth: 240 }}>
            <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography variant="h1" id="child-name" sx={{ overflowWrap: 'anywhere' }}>
                {name}
              </Typography>
              {archived && <Chip label={t('child.archivedBadge')} size="small" icon={<ArchiveIcon />} />}
            </Stack>
            <Typography sx={{ color: 'text.secondary', mt: 0.5, fontSize: '1.0625rem' }}>
              {age(ageOn(p.dateOfBirth, localToday()))}
            </Typography>
          </Box>
          <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
            {/* One primary action at a time: record the first assessment, then prepare the booklet. */}
            <PrepareBookletButton childId={id} hasAssessment={assessments.length > 0} />
            <BookFollowUpsButton childId={id} />
            <Tooltip title={t('child.recordTooltip', { keys: 'A' })}>
              <Button
                variant={latest ? 'outlined' : 'contained'}
                startIcon={<AddIcon />}
                {...link(paths.assessNew(id))}
              >
                {t('child.recordAssessment')}
              </Button>
            </Tooltip>
            <Tooltip title={t('child.editTooltip', { keys: modKeys('E') })}>
              <Button variant="outlined" startIcon={<EditIcon />} {...link(paths.childEdit(id))}>
                {t('child.edit')}
              </Button>
            </Tooltip>
            <ExportRecordButton childId={id} />
            {!archived && (
              <Button
                color="inherit"
                startIcon={<ArchiveIcon />}
                onClick={() => setConfirmArchive(true)}
                sx={{ color: 'text.secondary' }}
              >
                {t('child.archive')}
              </Button>
            )}
            {archived && (
              <Button
                color="inherit"
                startIcon={<UnarchiveIcon />}
                onClick={() => void setArchived(false)}
                disabled={archiving}
                sx={{ color: 'text.secondary' }}
              >
                {t('child.unarchive')}
              </Button>
            )}
          </Stack>
        </Stack>
        <Box
          component="dl"
          sx={{ m: 0, mt: 3, display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))', gap: 3 }}
        >
          <Detail label={t('child.dateOfBirth')}>{date(p.dateOfBirth, 'long')}</Detail>
          <Detail label={t('child.sex')}>{t(p.sex === 'female' ? 'sex.female' : 'sex.male')}</Detail>
          {p.notes && (
            <Detail label={t('child.notes')} wide>
              <Box component="span" sx={{ whiteSpace: 'pre-line' }}>
                {p.notes}
              </Box>
            </Detail>
          )}
        </Box>
        <Divider sx={{ my: 3 }} />
        <Typography variant="h3" component="h2" sx={{ mb: 1.5 }}>
          {t('child.guardians')}
        </Typography>
        <GuardianList guardians={p.guardians} />
      </Card>

      <Card sx={{ p: 4 }} component="section" aria-labelledby="latest-title">
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'baseline', flexWrap: 'wrap', mb: 1.5 }}>
          <Typography variant="h2" id="latest-title">
            {t('latest.title')}
          </Typography>
          {latest && (
            <Typography sx={{ color: 'text.secondary' }}>
              {t('latest.meta', { date: date(latest.assessedOn, 'long'), clinician: latest.clinicianName })}
            </Typography>
          )}
        </Stack>
        {latest ? (
          <Stack spacing={0.5} data-testid="latest-summary">
            {assessmentSentences(i18n, latest).map((sentence, index) => {
              // The feet come first, then the red flags: those stand out when there are any.
              const alarming = index === 2 && latest.redFlags.length > 0;
              return (
                <Typography
                  key={sentence}
                  sx={{
                    fontSize: '1.0625rem',
                    color: alarming ? 'error.main' : undefined,
                    fontWeight: alarming ? 600 : undefined,
                  }}
                >
                  {sentence}
                </Typography>
              );
            })}
            {latest.notes && (
              <Typography sx={{ color: 'text.secondary', whiteSpace: 'pre-line', pt: 0.5 }}>{latest.notes}</Typography>
            )}
          </Stack>
        ) : (
          <Typography sx={{ color: 'text.secondary' }}>{t('latest.empty')}</Typography>
        )}
      </Card>

      <ChildVisits childId={id} />

      {latest && (
        <>
          <Card sx={{ p: 4 }} component="section" aria-labelledby="chart-title">
            <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start', justifyContent: 'space-between' }}>
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
            {courses.loading ? (
              <Box sx={{ minHeight: 280 }} />
            ) : (
              <AngleChart
                assessments={assessments}
                span={courses.value?.flatMap((c) => [c.startDate, c.endDate])}
                below={hasCourses ? (axis) => <CourseStrip courses={courses.value!} axis={axis} /> : undefined}
              />
            )}
            {courses.error !== null && (
              <Box sx={{ mt: 2 }}>
                <LoadFailed title={t('adherence.strip.loadFailed')} error={courses.error} onRetry={courses.reload} />
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

      <HistoryDialog assessment={history} onClose={() => setHistory(null)} />
      <EnterCalendarDialog open={entering} courses={courses.value ?? []} onClose={() => setEntering(false)} />
      <Dialog
        open={confirmArchive}
        onClose={() => setConfirmArchive(false)}
        aria-labelledby="archive-title"
        aria-describedby="archive-body"
      >
        <DialogTitle id="archive-title">{t('child.archiveTitle', { name })}</DialogTitle>
        <DialogContent>
          <DialogContentText id="archive-body">{t('child.archiveBody')}</DialogContentText>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={() => setConfirmArchive(false)} color="inherit" autoFocus>
            {t('action.cancel')}
          </Button>
          <Button onClick={() => void setArchived(true)} variant="contained" disabled={archiving}>
            {t('child.archive')}
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}

function Detail({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <Box sx={{ minWidth: 0, gridColumn: wide ? '1 / -1' : undefined }}>
      <Typography component="dt" variant="body2" sx={{ color: 'text.secondary', mb: 0.5 }}>
        {label}
      </Typography>
      <Typography component="dd" sx={{ m: 0, fontSize: '1.0625rem', overflowWrap: 'anywhere' }}>
        {children}
      </Typography>
    </Box>
  );
}
