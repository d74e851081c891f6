import { useState } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { DataSourceState } from '../../../shared/contract';
import { useApiMutation } from '../../data';
import { useNotifier } from '../../components/Notifier';
import { useT } from '../../i18n';
import { MoveReportView } from './MoveReportView';
import { MoveToServerForm, type MovedTo } from './MoveToServerForm';

/**
 * Settings → Data source on a computer that keeps its own file: the move to a practice server,
 * its report, and then switching this workstation to that server (what "Use this server" saves).
 */
export function MoveToServer({ onSaved }: { onSaved(state: DataSourceState): void }) {
  const t = useT();
  const { reportError } = useNotifier();
  const [open, setOpen] = useState(false);
  const [moved, setMoved] = useState<MovedTo | null>(null);
  const choose = useApiMutation('data-source:set');
  if (moved) {
    return (
      <Stack spacing={2} component="section" aria-label={t('dataSourceMove.title')}>
        <MoveReportView report={moved.report} />
        {moved.report.ok && (
          <Button
            variant="contained"
            sx={{ alignSelf: 'start' }}
            disabled={choose.isPending}
            onClick={() =>
              choose.mutate({ kind: 'server', ...moved.address }, { onSuccess: onSaved, onError: reportError })
            }
          >
            {t('dataSourceMove.switch')}
          </Button>
        )}
      </Stack>
    );
  }
  if (!open) {
    return (
      <Button variant="outlined" sx={{ alignSelf: 'start' }} onClick={() => setOpen(true)}>
        {t('dataSourceMove.open')}
      </Button>
    );
  }
  return <MoveToServerForm onMoved={setMoved} onCancel={() => setOpen(false)} />;
}
