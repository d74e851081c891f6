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
  const { firstName, lastName, phone } = splitName(prefill, language);
  const initial: FormValues = { ...emptyValues, firstName, lastName, guardianPhone: phone };

  return (
    <ChildForm
      key={prefill}
      title={t('childForm.titleNew')}
      initial={initial}
      save={(input) => api.call('patients:create', input)}
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
  const child = useLoad(`child:${id}`, () => api.call('patients:get', { id }));

  if (child.error) return <LoadFailed title={t('child.loadFailed')} error={child.error} onRetry={child.reload} />;
  if (!child.value) return <PageLoading />;
  return (
    <ChildForm
      key={child.value.updatedAt}
      title={t('childForm.titleEdit', {
        name: t('name.full', { first: child.value.firstName, last: child.value.lastName }),
      })}
      initial={fromPatient(child.value)}
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
