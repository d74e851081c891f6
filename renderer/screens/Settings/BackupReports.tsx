import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { DrillReport, RestoreResult } from '../../../shared/contract';
import { ReportDialog } from '../../components/ReportDialog';
import { useI18n } from '../../i18n';
import { RowCountTable } from './RowCountTable';

/** What a restore did (or why it refused), shown until the admin closes it. */
export function RestoreReportDialog({ result, onClose }: { result: RestoreResult | null; onClose(): void }) {
  const { t, dateTime } = useI18n();
  return (
    <ReportDialog
      open={result !== null}
      title={result && t(result.outcome === 'restored' ? 'backups.restored.title' : 'backups.refused.title')}
      closeLabel={t('backups.close')}
      onClose={onClose}
    >
      {result?.outcome === 'restored' && (
        <Alert severity="success" role="status">
          {t('backups.restored.body', {
            time: dateTime(result.takenAt),
            children: result.counts.children,
            visits: result.counts.visits,
            booklets: result.counts.booklets,
            schema: result.schemaVersion,
          })}
        </Alert>
      )}
      {result?.outcome === 'refused' && (
        <Alert severity="error" role="alert">
          {t(`backups.refused.${result.reason}`)}
          <Typography variant="body2" sx={{ mt: 1, overflowWrap: 'anywhere' }}>
            {t('backups.refused.detail', { detail: result.detail })}
          </Typography>
        </Alert>
      )}
    </ReportDialog>
  );
}

/** The restore drill's findings: integrity, checksum, PDFs and rows per table. */
export function DrillReportDialog({ report, onClose }: { report: DrillReport | null; onClose(): void }) {
  const { t } = useI18n();
  const checksum = report?.checksumOk === null ? 'none' : report?.checksumOk ? 'ok' : 'bad';
  const differs = report?.tables.some((row) => row.backup !== row.live) ?? false;
  return (
    <ReportDialog open={report !== null} title={t('backups.drill')} closeLabel={t('backups.close')} onClose={onClose}>
      {report && (
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
      )}
    </ReportDialog>
  );
}
