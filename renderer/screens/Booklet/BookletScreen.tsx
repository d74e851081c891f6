import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import type { AppInfo, BookletRequest, PatientRecord } from '../../../shared/contract';
import { useApi } from '../../api-context';
import { LoadFailed } from '../../components/LoadFailed';
import { PageLoading } from '../../components/PageLoading';
import { useLoad } from '../../hooks/useLoad';
import { useT } from '../../i18n';
import { paths, useRouter } from '../../router';
import { BookletEditor } from './BookletEditor';

interface Loaded {
  draft: BookletRequest;
  record: PatientRecord;
  info: AppInfo;
}

/** `#/children/:id/booklet`: the draft for the child's latest assessment, ready to adjust and print. */
export function BookletScreen({ childId }: { childId: number }) {
  const api = useApi();
  const t = useT();
  const { navigate } = useRouter();
  const loaded = useLoad<Loaded>(`booklet:${childId}`, async () => {
    const [draft, record, info] = await Promise.all([
      api.call('booklets:draft', { patientId: childId }),
      api.call('patients:record', { id: childId }),
      api.call('app:info', {}),
    ]);
    return { draft, record, info };
  });

  if (loaded.error) {
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
        <LoadFailed title={t('booklet.loadFailed')} error={loaded.error} onRetry={loaded.reload} />
      </Stack>
    );
  }
  if (!loaded.value) return <PageLoading />;
  const { draft, record, info } = loaded.value;
  return (
    <BookletEditor
      child={record.patient}
      base={draft}
      assessmentId={record.assessments[0]?.id ?? null}
      mode={info.mode}
    />
  );
}
