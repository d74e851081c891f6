import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import type { AppInfo, BookletDraft, Patient } from '../../../shared/contract';
import { useApi } from '../../api-context';
import { LoadFailed } from '../../components/LoadFailed';
import { PageLoading } from '../../components/PageLoading';
import { useLoad } from '../../hooks/useLoad';
import { useT } from '../../i18n';
import { paths, useRouter } from '../../router';
import { BookletEditor } from './BookletEditor';

interface Loaded {
  draft: BookletDraft;
  child: Patient;
  info: AppInfo;
}

/**
 * `#/children/:id/booklet`: the child's current plan to continue (or defaults for a new one) over
 * the latest assessment, ready to adjust and print.
 */
export function BookletScreen({ childId }: { childId: number }) {
  const api = useApi();
  const t = useT();
  const { navigate } = useRouter();
  const loaded = useLoad<Loaded>(`booklet:${childId}`, async () => {
    const [draft, child, info] = await Promise.all([
      api.call('booklets:draft', { patientId: childId }),
      api.call('patients:get', { id: childId }),
      api.call('app:info', {}),
    ]);
    return { draft, child, info };
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
  const { draft, child, info } = loaded.value;
  return <BookletEditor child={child} draft={draft} mode={info.mode} />;
}
