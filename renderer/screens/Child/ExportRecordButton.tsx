import { useState } from 'react';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import { useApi } from '../../api-context';
import { useNotifier } from '../../components/Notifier';
import { downloadText } from '../../file-delivery';
import { useT } from '../../i18n';

/** Downloads the child's whole record as JSON: assessments, plans, visits, calls and returned pages. */
export function ExportRecordButton({ childId }: { childId: number }) {
  const t = useT();
  const api = useApi();
  const { notify, reportError } = useNotifier();
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      const file = await api.call('patients:export', { patientId: childId });
      downloadText(file.json, file.fileName, 'application/json');
      notify(t('child.exported', { file: file.fileName }));
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Tooltip title={t('child.exportTooltip')}>
      <Button
        color="inherit"
        startIcon={<DownloadIcon />}
        onClick={() => void save()}
        disabled={busy}
        sx={{ color: 'text.secondary' }}
      >
        {t('child.export')}
      </Button>
    </Tooltip>
  );
}
