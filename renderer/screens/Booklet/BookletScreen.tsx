import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { LoadFailed } from '../../components/LoadFailed';
import { PageLoading } from '../../components/PageLoading';
import { useApiQuery } from '../../data';
import { useT } from '../../i18n';
import { paths, useRouter } from '../../router';
import { BookletEditor } from './BookletEditor';

/**
 * `#/children/:id/booklet`: the child's current plan to continue (or defaults for a new one) over
 * the latest assessment, ready to adjust and print.
 */
export function BookletScreen({ childId }: { childId: number }) {
  const t = useT();
  const { navigate } = useRouter();
  const queries = [
    useApiQuery('booklets:draft', { patientId: childId }),
    useApiQuery('patients:get', { id: childId }),
    useApiQuery('app:info', {}),
  ] as const;
  const [draftQ, childQ, infoQ] = queries;
  const failed = queries.find((q) => q.isError && q.data === undefined);

  if (failed) {
    return (
      <Stack spacing={3}>
        <Link
          href={paths.child(childId)}
          onClick={(event) => {
            event.preventDefault();
            navigate(paths.child(childId));
          }}
          underline="hover"
          sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, alignSelf: 'flex-start' }}
        >
          <ArrowBackIcon fontSize="small" />
          {t('booklet.backToChild')}
        </Link>
        <LoadFailed
          title={t('booklet.loadFailed')}
          error={failed.error}
          onRetry={() => queries.forEach((q) => void q.refetch())}
        />
      </Stack>
    );
  }
  const draft = draftQ.data;
  const child = childQ.data;
  const info = infoQ.data;
  // The editor starts from the draft once, so it waits for a fresh read of it (a cached draft from
  // an earlier visit may predate the plan issued since); a later re-read does not reset the entries.
  if (!draft || !draftQ.isFetchedAfterMount || !child || !info) return <PageLoading />;
  return <BookletEditor key={childId} child={child} draft={draft} mode={info.mode} />;
}
