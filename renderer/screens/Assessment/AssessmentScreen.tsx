import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import type { Assessment, Clinician, PatientRecord } from '../../../shared/contract';
import { useApi } from '../../api-context';
import { LoadFailed } from '../../components/LoadFailed';
import { useNotifier } from '../../components/Notifier';
import { PageLoading } from '../../components/PageLoading';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../i18n';
import { paths, useRouter } from '../../router';
import { useChildSearch } from '../Children/search';
import { AssessmentForm } from './AssessmentForm';
import { emptyAssessment, fromAssessment, type AssessmentValues } from './assessment-values';

interface Props {
  childId: number;
  /** The assessment to edit; a new one when absent. */
  assessmentId?: number;
}

interface Loaded {
  record: PatientRecord;
  clinicians: Clinician[];
}

/** Record a new assessment for a child, or edit one (`#/assessments/:id/edit?child=`). */
export function AssessmentScreen({ childId, assessmentId }: Props) {
  const api = useApi();
  const i18n = useI18n();
  const { t, date } = i18n;
  const { back, navigate } = useRouter();
  const { notify } = useNotifier();
  const search = useChildSearch();
  const loaded = useLoad<Loaded>(`assess:${childId}:${assessmentId ?? 'new'}`, async () => {
    const [record, clinicians] = await Promise.all([
      api.call('patients:record', { id: childId }),
      api.call('clinicians:list', {}),
    ]);
    return { record, clinicians };
  });

  if (loaded.error) {
    return <LoadFailed title={t('assess.loadFailed')} error={loaded.error} onRetry={loaded.reload} />;
  }
  if (!loaded.value) return <PageLoading />;

  const { record, clinicians } = loaded.value;
  const editing = assessmentId === undefined ? null : record.assessments.find((a) => a.id === assessmentId);
  if (editing === undefined) {
    return (
      <Stack spacing={2}>
        <Alert severity="error">{t('assess.notFound')}</Alert>
        <Link
          href={paths.child(childId)}
          onClick={(event) => {
            event.preventDefault();
            navigate(paths.child(childId));
          }}
        >
          {t('name.full', { first: record.patient.firstName, last: record.patient.lastName })}
        </Link>
      </Stack>
    );
  }

  const decimalMark = i18n.number(1.5).charAt(1);
  const initial: AssessmentValues = editing
    ? fromAssessment(editing, decimalMark)
    : emptyAssessment(defaultClinician(clinicians, record.assessments));

  return (
    <AssessmentForm
      key={editing?.updatedAt ?? 'new'}
      title={editing ? t('assess.titleEdit', { date: date(editing.assessedOn) }) : t('assess.titleNew')}
      child={record.patient}
      clinicians={clinicians}
      initial={initial}
      save={(input) =>
        editing
          ? api.call('assessments:update', { id: editing.id, assessment: input })
          : api.call('assessments:create', input)
      }
      onSaved={() => {
        notify(t('assess.saved'));
        back(paths.child(childId), { force: true });
      }}
      onCancel={() => back(paths.child(childId))}
      escapeOwner={search.inputRef}
    />
  );
}

/** The only active clinician, or whoever saw the child last if still active; else none (a choice to make). */
function defaultClinician(clinicians: Clinician[], assessments: Assessment[]): number | '' {
  const active = clinicians.filter((c) => c.active);
  if (active.length === 1) return active[0]!.id;
  const last = assessments[0]?.clinicianId;
  return active.some((c) => c.id === last) ? last! : '';
}
