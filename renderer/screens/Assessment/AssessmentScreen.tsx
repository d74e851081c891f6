import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import type { Assessment, Clinician, PatientRecord } from '../../../shared/contract';
import { useNotifier } from '../../components/Notifier';
import { QueryState } from '../../components/QueryState';
import { useApiMutation, useApiQuery } from '../../data';
import { useI18n } from '../../i18n';
import { paths, useRouter } from '../../router';
import { AssessmentForm } from './AssessmentForm';
import { emptyAssessment, fromAssessment, type AssessmentValues } from './assessment-values';

interface Props {
  childId: number;
  /** The assessment to edit; a new one when absent. */
  assessmentId?: number;
}

/** Record a new assessment for a child, or edit one (`#/assessments/:id/edit?child=`). */
export function AssessmentScreen({ childId, assessmentId }: Props) {
  const { t } = useI18n();
  const record = useApiQuery('patients:record', { id: childId });
  const clinicians = useApiQuery('clinicians:list', {});
  return (
    <QueryState query={record} failedTitle={t('assess.loadFailed')}>
      {(loaded) => (
        <QueryState query={clinicians} failedTitle={t('assess.loadFailed')}>
          {(people) => (
            <Editor
              record={loaded}
              clinicians={people}
              assessmentId={assessmentId}
              reload={async () => (await record.refetch()).data}
            />
          )}
        </QueryState>
      )}
    </QueryState>
  );
}

interface EditorProps {
  record: PatientRecord;
  clinicians: Clinician[];
  assessmentId: number | undefined;
  reload(): Promise<PatientRecord | undefined>;
}

function Editor(props: EditorProps) {
  const { record, clinicians, assessmentId, reload } = props;
  const i18n = useI18n();
  const { t, date } = i18n;
  const { back, navigate } = useRouter();
  const { notify } = useNotifier();
  const childId = record.patient.id;
  // Every read of the child (record, list, search) and the plans built on assessments read again.
  const create = useApiMutation('assessments:create');
  const update = useApiMutation('assessments:update');

  const found = assessmentId === undefined ? null : record.assessments.find((a) => a.id === assessmentId);
  // The version the form opened with: a later read never changes what the save is based on.
  const [opened, setOpened] = useState(found);
  const editing = found && opened?.id === found.id ? opened : found;
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
    : emptyAssessment(childId, defaultClinician(clinicians, record.assessments));

  return (
    <AssessmentForm
      key={editing?.version ?? 0}
      title={editing ? t('assess.titleEdit', { date: date(editing.assessedOn) }) : t('assess.titleNew')}
      child={record.patient}
      clinicians={clinicians}
      initial={initial}
      issuePrefix={editing ? 'assessment.' : ''}
      save={(input) =>
        editing
          ? update.mutateAsync({ id: editing.id, version: editing.version, assessment: input })
          : create.mutateAsync(input)
      }
      onLoadTheirs={() =>
        void reload().then((fresh) => {
          const theirs = fresh?.assessments.find((a) => a.id === assessmentId);
          if (theirs) setOpened(theirs);
        })
      }
      onSaved={() => {
        notify(t('assess.saved'));
        back(paths.child(childId), { force: true });
      }}
      onCancel={() => back(paths.child(childId))}
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
