import { useState } from 'react';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import ZipIcon from '@mui/icons-material/FolderZipOutlined';
import DeleteIcon from '@mui/icons-material/DeleteForeverOutlined';
import { localToday, type Patient } from '../../../shared/contract';
import { useNotifier } from '../../components/Notifier';
import { useApiMutation } from '../../data';
import { downloadBase64, fileNameFor } from '../../file-delivery';
import { useT } from '../../i18n';
import { useRole } from '../Audit';
import { EraseChildDialog } from './EraseChildDialog';

/** The family's data rights on the child screen: the whole record as one zip, and (admins) erasing the child. */
export function DataRightsButtons({ patient }: { patient: Patient }) {
  const t = useT();
  const { notify, reportError } = useNotifier();
  const role = useRole();
  const [erasing, setErasing] = useState(false);
  // A read that ends in a file: nothing stored changes, so nothing is read again.
  const exportZip = useApiMutation('patients:export-zip', {
    invalidates: [],
    onSuccess: (file) => {
      // One pattern for every file handed over (shared/file-names.ts), in the UI language.
      const name = fileNameFor({ child: patient, what: t('file.record'), date: localToday(), extension: 'zip' });
      downloadBase64(file.zipBase64, name, 'application/zip');
      notify(t('rights.exported', { file: name, count: file.booklets }));
    },
  });
  // The front desk sees no clinical records, so no whole-record export either (main refuses it too).
  if (role !== 'admin' && role !== 'clinician') return null;
  return (
    <>
      <Tooltip title={t('rights.exportZipTooltip')}>
        <Button
          color="inherit"
          startIcon={<ZipIcon />}
          onClick={() => exportZip.mutate({ patientId: patient.id }, { onError: reportError })}
          disabled={exportZip.isPending}
          sx={{ color: 'text.secondary' }}
        >
          {t('rights.exportZip')}
        </Button>
      </Tooltip>
      {role === 'admin' && (
        <>
          <Button color="error" startIcon={<DeleteIcon />} onClick={() => setErasing(true)}>
            {t('rights.erase')}
          </Button>
          <EraseChildDialog patient={patient} open={erasing} onClose={() => setErasing(false)} />
        </>
      )}
    </>
  );
}
