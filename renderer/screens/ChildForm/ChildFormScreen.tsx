import { useMemo, useState } from 'react';
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
  const { t } = useI18n();
  // The child screen's record holds the child: coming from it, the form fills in at once.
  const child = useApiQuery('patients:record', { id }, { select: (record) => record.patient });

  return (
    <QueryState query={child} failedTitle={t('child.loadFailed')}>
      {(latest) => <EditChild key={latest.id} latest={latest} reload={async () => (await child.refetch()).data} />}
    </QueryState>
  );
}

/**
 * The form over the version it was opened with: a later read (someone else saved) never resets
 * what is being typed. The save sends that version; main refuses a stale one, and "Load their
 * version" starts the form again from the latest.
 */
function EditChild({ latest, reload }: { latest: Patient; reload(): Promise<Patient | undefined> }) {
  const { t, language } = useI18n();
  const { back } = useRouter();
  const { notify } = useNotifier();
  const update = useApiMutation('patients:update');
  const [opened, setOpened] = useState(latest);
  const id = opened.id;

  return (
    <ChildForm
      key={opened.version}
      title={t('childForm.titleEdit', { name: fullName(opened, language) })}
      initial={initialFor(opened)}
      save={(input) => update.mutateAsync({ id, version: opened.version, patient: input })}
      onSaved={() => {
        notify(t('common.saved'));
        back(paths.child(id), { force: true });
      }}
      onCancel={() => back(paths.child(id))}
      onLoadTheirs={() =>
        void reload().then((fresh) => {
          if (fresh) setOpened(fresh);
        })
      }
    />
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
