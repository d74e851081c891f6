import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ServerBackupReport, ServerDrillReport } from '../../../shared/contract';
import { ReportDialog } from '../../components/ReportDialog';
import { useI18n } from '../../i18n';
import { RowCountTable } from './RowCountTable';

/** A size in KB or MB, as the file backups show it. */
export function useSize(): (bytes: number) => string {
  const { t, number } = useI18n();
  return (bytes) =>
    bytes >= 1024 * 1024
      ? t('backups.sizeMb', { value: number(bytes / (1024 * 1024), 1) })
      : t('backups.sizeKb', { value: number(Math.max(1, Math.round(bytes / 1024)), 0) });
}

/** "Back up now"'s report: the file's size and SHA-256, the roles, then the test restore. */
export function ServerBackupReportDialog({ report, onClose }: { report: ServerBackupReport | null; onClose(): void }) {
  const { t } = useI18n();
  const size = useSize();
  const roles = report?.rolePasswords === null ? 'none' : report?.rolePasswords ? 'saved' : 'noPasswords';
  return (
    <ReportDialog
      open={report !== null}
      title={t(report && !report.drill.ok ? 'serverBackups.report.failedTitle' : 'serverBackups.report.title')}
      closeLabel={t('backups.close')}
      onClose={onClose}
    >
      {report && (
        <Stack spacing={2}>
          <Stack spacing={0.5}>
            <Typography variant="body2">{t('serverBackups.report.size', { size: size(report.dumpBytes) })}</Typography>
            <Typography variant="body2" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
              {t('serverBackups.report.sha256', { value: report.sha256 })}
            </Typography>
            <Typography variant="body2">{t(`serverBackups.report.roles.${roles}`)}</Typography>
          </Stack>
          <DrillDetails report={report.drill} />
        </Stack>
      )}
    </ReportDialog>
  );
}

/** A restore drill's report, on its own. */
export function ServerDrillReportDialog({ report, onClose }: { report: ServerDrillReport | null; onClose(): void }) {
  const { t } = useI18n();
  return (
    <ReportDialog
      open={report !== null}
      title={t('serverBackups.drill')}
      closeLabel={t('backups.close')}
      onClose={onClose}
    >
      {report && <DrillDetails report={report} />}
    </ReportDialog>
  );
}

/** The verdict, what went wrong, and the row counts per table: in the backup and restored. */
function DrillDetails({ report }: { report: ServerDrillReport }) {
  const { t } = useI18n();
  return (
    <Stack spacing={2}>
      <Alert severity={report.ok ? 'success' : 'error'} role={report.ok ? 'status' : 'alert'}>
        <AlertTitle>{t(report.ok ? 'serverBackups.drill.ok' : 'serverBackups.drill.failed')}</AlertTitle>
        <Typography variant="body2">
          {t('serverBackups.drill.summary', { tables: report.tables.length, entries: report.listed, ms: report.ms })}
        </Typography>
        {report.problem && (
          <Typography variant="body2" sx={{ mt: 1, overflowWrap: 'anywhere' }}>
            {t('serverBackups.drill.problem', { detail: report.problem })}
          </Typography>
        )}
      </Alert>
      {report.tables.length > 0 && (
        <RowCountTable
          headers={[
            t('serverBackups.drill.table'),
            t('serverBackups.drill.expected'),
            t('serverBackups.drill.restored'),
          ]}
          rows={report.tables.map((row) => ({
            name: row.name,
            first: row.expected,
            second: row.restored < 0 ? null : row.restored,
            ok: row.ok,
          }))}
        />
      )}
    </Stack>
  );
}
