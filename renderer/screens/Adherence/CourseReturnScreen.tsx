import { useState } from 'react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { localToday, type CourseAdherence, type CourseReturn } from '../../../shared/contract';
import { LoadFailed } from '../../components/LoadFailed';
import { useNotifier } from '../../components/Notifier';
import { PageLoading } from '../../components/PageLoading';
import { useApiMutation, useApiQuery } from '../../data';
import { useI18n } from '../../i18n';
import { paths, useRouter } from '../../router';
import { useChildSearch } from '../../search/child-search';
import { useDiaryFormat } from '../Diary/format';
import { ReturnForm } from './ReturnForm';
import { ReturnHistory } from './ReturnHistory';

interface Props {
  childId: number;
  planStart: string;
  course: number;
}

/** `#/children/:id/courses/:planStart/:course`: enter what the family ticked on one course's page. */
export function CourseReturnScreen({ childId, planStart, course }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const fmt = useDiaryFormat();
  const { navigate, back } = useRouter();
  const { notify } = useNotifier();
  const search = useChildSearch();
  const ref = { patientId: childId, planStart, course };
  const queries = [
    useApiQuery('adherence:sheet', ref),
    useApiQuery('patients:get', { id: childId }),
    useApiQuery('adherence:history', ref),
    useApiQuery('adherence:summary', { patientId: childId }),
  ] as const;
  const [sheetQ, childQ, historyQ, summaryQ] = queries;
  const failed = queries.find((q) => q.isError && q.data === undefined);
  // The child's strip, the recall list and the next booklet's hint read the returns again.
  const saving = useApiMutation('adherence:save', { invalidates: ['adherence', 'booklets', 'patients'] });
  // Shown at once on saving, until the history read again includes it.
  const [added, setAdded] = useState<CourseReturn[]>([]);
  const today = localToday();

  // Between courses the address is replaced: Back and Esc return to where the entry started.
  const link = (to: string, replace = false) => ({
    href: to,
    onClick: (event: { preventDefault(): void }) => {
      event.preventDefault();
      navigate(to, { replace });
    },
  });

  if (failed) {
    return (
      <Stack spacing={3}>
        <Link {...link(paths.child(childId))} underline="hover" sx={{ alignSelf: 'flex-start' }}>
          {t('adherence.backToChild')}
        </Link>
        <LoadFailed
          title={t('adherence.loadFailed')}
          error={failed.error}
          onRetry={() => queries.forEach((q) => void q.refetch())}
        />
      </Stack>
    );
  }
  const [sheet, child, history, summary] = [sheetQ.data, childQ.data, historyQ.data, summaryQ.data];
  if (!sheet || !child || !history || !summary) return <PageLoading />;

  const name = t('name.full', { first: child.firstName, last: child.lastName });
  const entries = [...added.filter((a) => !history.some((h) => h.id === a.id)), ...history];
  // Neighbouring courses of the same plan that have started: a stack of pages goes one after another.
  const sameplan = summary.filter((c) => c.planStart === planStart && c.startDate <= today);
  const neighbour = (n: number): CourseAdherence | undefined => sameplan.find((c) => c.course === n);
  const prev = neighbour(course - 1);
  const next = neighbour(course + 1);
  const total = summary.some((c) => c.planStart === planStart) ? summary.length : null;

  return (
    <Stack spacing={2.5}>
      <Link
        {...link(paths.child(childId))}
        underline="hover"
        sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, alignSelf: 'flex-start' }}
      >
        <ArrowBackIcon fontSize="small" />
        {name}
      </Link>
      <Box>
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
          <Typography variant="h1">
            {total ? t('adherence.title', { course, total }) : t('adherence.titleNoTotal', { course })}
          </Typography>
          <Chip
            label={t('adherence.code', { code: sheet.code })}
            variant="outlined"
            sx={{ fontFamily: 'ui-monospace, monospace' }}
          />
        </Stack>
        <Typography sx={{ color: 'text.secondary', mt: 0.5 }}>
          {t('adherence.subtitle', { name, dates: fmt.range(sheet.startDate, sheet.endDate) })}
        </Typography>
        {(prev || next) && (
          <Stack direction="row" spacing={2} sx={{ mt: 0.5 }}>
            {prev && (
              <Link {...link(paths.courseReturn(childId, planStart, prev.course), true)}>
                {t('adherence.prevCourse', { course: prev.course })}
              </Link>
            )}
            {next && (
              <Link {...link(paths.courseReturn(childId, planStart, next.course), true)}>
                {t('adherence.nextCourse', { course: next.course })}
              </Link>
            )}
          </Stack>
        )}
      </Box>

      <ReturnForm
        sheet={sheet}
        today={today}
        save={(entry, enteredBy) => saving.mutateAsync({ ...ref, entry, enteredBy })}
        onSaved={(stored) => {
          setAdded((list) => [stored, ...list]);
          notify(t('adherence.savedNote'));
        }}
        onCancel={() => back(paths.child(childId))}
        escapeOwner={search.inputRef}
      />

      <ReturnHistory entries={entries} />
    </Stack>
  );
}
