import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import type { DrillReport, RestoreResult } from '../../../shared/contract';
import { useI18n } from '../../i18n';
import { RowCountTable } from './RowCountTable';

/** What a restore did (or why it refused), shown until the admin closes it. */
export function RestoreReportDialog({ result, onClose }: { result: RestoreResult | null; onClose(): void }) {
  const { t, dateTime } = useI18n();
  const id = useId();
  return (
    <Dialog open={result !== null} onClose={onClose} aria-labelledby={id} maxWidth="sm" fullWidth>
      {result?.outcome === 'restored' && (
        <>
          <DialogTitle id={id}>{t('backups.restored.title')}</DialogTitle>
          <DialogContent tabIndex={0}>
            <Alert severity="success" role="status">
              {t('backups.restored.body', {
                time: dateTime(result.takenAt),
                children: result.counts.children,
                visits: result.counts.visits,
                booklets: result.counts.booklets,
                schema: result.schemaVersion,
              })}
            </Alert>
          </DialogContent>
        </>
      )}
      {result?.outcome === 'refused' && (
        <>
          <DialogTitle id={id}>{t('backups.refused.title')}</DialogTitle>
          <DialogContent tabIndex={0}>
            <Alert severity="error" role="alert">
              {t(`backups.refused.${result.reason}`)}
              <Typography variant="body2" sx={{ mt: 1, overflowWrap: 'anywhere' }}>
                {t('backups.refused.detail', { detail: result.detail })}
              </Typography>
            </Alert>
          </DialogContent>
        </>
      )}
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          {t('backups.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** The restore drill's findings: integrity, checksum, PDFs and rows per table. */
export function DrillReportDialog({ report, onClose }: { report: DrillReport | null; onClose(): void }) {
  const { t } = useI18n();
  const id = useId();
  const checksum = report?.checksumOk === null ? 'none' : report?.checksumOk ? 'ok' : 'bad';
  const differs = report?.tables.some((row) => row.backup !== row.live) ?? false;
  return (
    <Dialog open={report !== null} onClose={onClose} aria-labelledby={id} maxWidth="sm" fullWidth>
      <DialogTitle id={id}>{t('backups.drill')}</DialogTitle>
      {report && (
        <DialogContent tabIndex={0}>
          <Stack spacing={2}>
            <Alert severity={report.ok ? 'success' : 'error'} role={report.ok ? 'status' : 'alert'}>
              <AlertTitle>{t(report.ok ? 'backups.drill.ok' : 'backups.drill.failed')}</AlertTitle>
              <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                {t('backups.drill.integrity', { value: report.integrity })}
              </Typography>
              <Typography variant="body2">{t(`backups.drill.checksum.${checksum}`)}</Typography>
              {report.schemaVersion !== null && (
                <Typography variant="body2">{t('backups.drill.schema', { value: report.schemaVersion })}</Typography>
              )}
              <Typography variant="body2">
                {t('backups.drill.pdfs', {
                  checked: report.pdfs.checked,
                  matching: report.pdfs.matching,
                  mismatched: report.pdfs.mismatched,
                  missing: report.pdfs.missingInLive,
                })}
              </Typography>
              <Typography variant="body2">{t('backups.drill.took', { ms: report.ms })}</Typography>
            </Alert>
            {report.tables.length > 0 && (
              <>
                <Typography variant="h3" component="h3" sx={{ fontSize: '1rem' }}>
                  {t('backups.drill.tables')}
                </Typography>
                {differs && (
                  <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                    {t('backups.drill.differs')}
                  </Typography>
                )}
                <RowCountTable
                  headers={[t('backups.drill.table'), t('backups.drill.inBackup'), t('backups.drill.live')]}
                  rows={report.tables.map((row) => ({
                    name: row.table,
                    first: row.backup,
                    second: row.live,
                    ok: row.backup === row.live,
                  }))}
                />
              </>
            )}
          </Stack>
        </DialogContent>
      )}
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          {t('backups.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
