import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import { useNotifier } from '../../components/Notifier';
import { localToday } from '../../../shared/calendar';
import { useApiMutation, useApiQuery } from '../../data';
import { downloadText, fileNameFor } from '../../file-delivery';
import { useT } from '../../i18n';

/** Downloads the child's whole record as JSON: assessments, plans, visits, calls and returned pages. */
export function ExportRecordButton({ childId }: { childId: number }) {
  const t = useT();
  const { notify, reportError } = useNotifier();
  // The child names the file: the record the child screen already holds (same cache entry, no extra read).
  const child = useApiQuery('patients:record', { id: childId }, { select: (r) => r.patient }).data;
  // A read that ends in a file: nothing stored changes, so nothing is read again.
  const exportRecord = useApiMutation('patients:export', {
    invalidates: [],
    onSuccess: (file) => {
      // One pattern for every file handed over (shared/file-names.ts); main's name when the child is not read yet.
      const name = child
        ? fileNameFor({ child, what: t('file.record'), date: localToday(), extension: 'json' })
        : file.fileName;
      downloadText(file.json, name, 'application/json');
      notify(t('child.exported', { file: name }));
    },
  });
  const save = () => exportRecord.mutate({ patientId: childId }, { onError: reportError });
  return (
    <Tooltip title={t('child.exportTooltip')}>
      <Button
        color="inherit"
        startIcon={<DownloadIcon />}
        onClick={() => void save()}
        disabled={exportRecord.isPending}
        sx={{ color: 'text.secondary' }}
      >
        {t('child.export')}
      </Button>
    </Tooltip>
  );
}
