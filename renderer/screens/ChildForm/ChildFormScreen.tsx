import { useMemo } from 'react';
import type { Patient } from '../../../shared/contract';
import { fullName } from '../../../shared/person-name';
import { QueryState } from '../../components/QueryState';
import { useNotifier } from '../../components/Notifier';
import { useApiMutation, useApiQuery } from '../../data';
import { useI18n } from '../../i18n';
import { paths, useRouter } from '../../router';
import { useChildSearch } from '../../search/child-search';
import { splitName } from '../Children/split-name';
import { ChildForm } from './ChildForm';
import { duplicateQuery, emptyValues, fromPatient, type FormValues } from './form-values';

/** New child, prefilled from what was searched for. */
export function NewChildScreen({ prefill }: { prefill: string }) {
  const { t, language } = useI18n();
  const { navigate, back } = useRouter();
  const { notify } = useNotifier();
  const search = useChildSearch();
  const create = useApiMutation('patients:create');
  // A read, asked only when Save is pressed: nothing to cache or invalidate.
  const duplicates = useApiMutation('patients:duplicates', { invalidates: [] });
  const initial = useMemo<FormValues>(() => {
    const { firstName, lastName, phone } = splitName(prefill, language);
    const empty = emptyValues(language);
    return { ...empty, firstName, lastName, guardians: empty.guardians.map((g) => ({ ...g, phone })) };
  }, [prefill, language]);

  return (
    <ChildForm
      key={prefill}
      title={t('childForm.titleNew')}
      initial={initial}
      save={(input) => create.mutateAsync(input)}
      findDuplicates={(input) => duplicates.mutateAsync(duplicateQuery(input))}
      onOpenDuplicate={search.open}
      onSaved={(patient) => {
        notify(t('common.saved'));
        navigate(paths.child(patient.id), { replace: true, force: true });
      }}
      onCancel={() => back(paths.children())}
    />
  );
}

/** Edit a child's details: the cached child at once, read again behind it. */
export function EditChildScreen({ id }: { id: number }) {
  const { t, language } = useI18n();
  const { back } = useRouter();
  const { notify } = useNotifier();
  // The child screen's record holds the child: coming from it, the form fills in at once.
  const child = useApiQuery('patients:record', { id }, { select: (record) => record.patient });
  const update = useApiMutation('patients:update');

  return (
    <QueryState query={child} failedTitle={t('child.loadFailed')}>
      {(patient) => (
        <ChildForm
          key={patient.updatedAt}
          title={t('childForm.titleEdit', { name: fullName(patient, language) })}
          initial={initialFor(patient)}
          save={(input) => update.mutateAsync({ id, patient: input })}
          onSaved={() => {
            notify(t('common.saved'));
            back(paths.child(id), { force: true });
          }}
          onCancel={() => back(paths.child(id))}
        />
      )}
    </QueryState>
  );
}

const initials = new WeakMap<Patient, FormValues>();

/** The form's starting values for a loaded child, made once per answer. */
function initialFor(patient: Patient): FormValues {
  let values = initials.get(patient);
  if (!values) {
    values = fromPatient(patient);
    initials.set(patient, values);
  }
  return values;
}
