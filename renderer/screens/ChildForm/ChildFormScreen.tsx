import { useMemo } from 'react';
import type { Patient } from '../../../shared/contract';
import { useApi } from '../../api-context';
import { LoadFailed } from '../../components/LoadFailed';
import { PageLoading } from '../../components/PageLoading';
import { useNotifier } from '../../components/Notifier';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../i18n';
import { paths, useRouter } from '../../router';
import { useChildSearch } from '../Children/search';
import { splitName } from '../Children/split-name';
import { ChildForm } from './ChildForm';
import { emptyValues, fromPatient, type FormValues } from './form-values';

/** New child, prefilled from what was searched for. */
export function NewChildScreen({ prefill }: { prefill: string }) {
  const api = useApi();
  const { t, language } = useI18n();
  const { navigate, back } = useRouter();
  const { notify } = useNotifier();
  const search = useChildSearch();
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
      save={(input) => api.call('patients:create', input)}
      findDuplicates={(input) =>
        api.call('patients:duplicates', {
          firstName: input.firstName,
          lastName: input.lastName,
          dateOfBirth: input.dateOfBirth,
          phones: input.guardians.map((g) => g.phone).filter(Boolean),
        })
      }
      onOpenDuplicate={(id) => navigate(paths.child(id))}
      onSaved={(patient) => {
        notify(t('common.saved'));
        search.refresh();
        navigate(paths.child(patient.id), { replace: true, force: true });
      }}
      onCancel={() => back(paths.children())}
      escapeOwner={search.inputRef}
    />
  );
}

/** Edit a child's details. */
export function EditChildScreen({ id }: { id: number }) {
  const api = useApi();
  const { t } = useI18n();
  const { back } = useRouter();
  const { notify } = useNotifier();
  const search = useChildSearch();
  const child = useLoad(`child-form:${id}`, () => api.call('patients:get', { id }));

  if (child.error) return <LoadFailed title={t('child.loadFailed')} error={child.error} onRetry={child.reload} />;
  if (!child.value) return <PageLoading />;
  return (
    <ChildForm
      key={child.value.updatedAt}
      title={t('childForm.titleEdit', {
        name: t('name.full', { first: child.value.firstName, last: child.value.lastName }),
      })}
      initial={initialFor(child.value)}
      save={(input) => api.call('patients:update', { id, patient: input })}
      onSaved={() => {
        notify(t('common.saved'));
        search.refresh();
        back(paths.child(id), { force: true });
      }}
      onCancel={() => back(paths.child(id))}
      escapeOwner={search.inputRef}
    />
  );
}

const initials = new WeakMap<Patient, FormValues>();

/** The form's starting values for a loaded child, made once (their row keys stay put). */
function initialFor(patient: Patient): FormValues {
  let values = initials.get(patient);
  if (!values) {
    values = fromPatient(patient);
    initials.set(patient, values);
  }
  return values;
}
