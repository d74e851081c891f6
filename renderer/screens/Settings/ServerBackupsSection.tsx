import { useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import BackupIcon from '@mui/icons-material/Backup';
import type {
  ServerBackupEntry,
  ServerBackupReport,
  ServerBackupStatus,
  ServerDrillReport,
} from '../../../shared/contract';
import { CallFailed } from '../../api';
import { useNotifier } from '../../components/Notifier';
import { QueryState } from '../../components/QueryState';
import { useApiMutation, useApiQuery } from '../../data';
import { useI18n } from '../../i18n';
import { BackupFolderFields } from './BackupFolderForm';
import { ServerBackupReportDialog, ServerDrillReportDialog, useSize } from './ServerBackupReports';

/** Main refuses these channels to anyone but an administrator: then the section is not shown. */
function refusedByRole(error: unknown): boolean {
  return error instanceof CallFailed && ['DENIED', 'SIGNED_OUT', 'LOCKED', 'FORBIDDEN'].includes(error.error.code);
}

/**
 * Settings → Backups on a practice-server workstation (issue 13 §7): the PostgreSQL tools on this
 * computer against the server's version (what to install where they are missing, instead of the
 * buttons), the folder on this computer, "Back up now" with its progress and report, and the
 * folder's backups with their test restores' verdicts and a restore drill for each.
 */
export function ServerBackupsSection() {
  const { t } = useI18n();
  const { reportError } = useNotifier();
  const run = useApiMutation('server-backups:run', { invalidates: ['server-backups'] });
  const drill = useApiMutation('server-backups:drill', { invalidates: ['server-backups'] });
  const pending = run.isPending || drill.isPending;
  // While a job runs its step is read every second.
  const status = useApiQuery('server-backups:status', {}, pending ? { refetchInterval: 1000 } : {});
  const [report, setReport] = useState<ServerBackupReport | null>(null);
  const [drillReport, setDrillReport] = useState<ServerDrillReport | null>(null);

  if (refusedByRole(status.error)) return null;

  const backUpNow = () => run.mutate({}, { onSuccess: setReport, onError: (error) => reportError(error) });
  const testRestore = (entry: ServerBackupEntry) =>
    drill.mutate({ name: entry.name }, { onSuccess: setDrillReport, onError: (error) => reportError(error) });

  return (
    <Card sx={{ p: 4 }} component="section" aria-labelledby="server-backups-title">
      <Typography variant="h2" id="server-backups-title" sx={{ mb: 1.5 }}>
        {t('serverBackups.title')}
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 3 }}>
        {t('serverBackups.intro')}
      </Typography>
      <QueryState query={status} failedTitle={t('serverBackups.title')}>
        {(value) => {
          const busy = pending || value.running !== null;
          return (
            <Stack spacing={3}>
              <Tools status={value} />
              {value.install ? (
                <Alert severity="warning" role="alert">
                  <AlertTitle>{t('serverBackups.install.title')}</AlertTitle>
                  {t('serverBackups.install.body', { major: value.serverMajor, package: value.install })}
                </Alert>
              ) : (
                <>
                  <BackupFolderFields
                    key={value.folder}
                    settings={{ folder: value.folder, defaultFolder: value.defaultFolder }}
                    channel="server-backups:folder:set"
                    hint={t('serverBackups.folderHint')}
                  />
                  <Box>
                    <Button
                      variant="contained"
                      onClick={backUpNow}
                      disabled={busy}
                      startIcon={run.isPending ? <CircularProgress size={18} color="inherit" /> : <BackupIcon />}
                    >
                      {run.isPending ? t('serverBackups.running') : t('serverBackups.runNow')}
                    </Button>
                    {busy && <Progress status={value} drilling={drill.isPending} />}
                  </Box>
                  <Backups busy={busy} onDrill={testRestore} />
                </>
              )}
            </Stack>
          );
        }}
      </QueryState>
      <ServerBackupReportDialog report={report} onClose={() => setReport(null)} />
      <ServerDrillReportDialog report={drillReport} onClose={() => setDrillReport(null)} />
    </Card>
  );
}

function Tools({ status }: { status: ServerBackupStatus }) {
  const { t } = useI18n();
  return (
    <Box>
      <Typography variant="h3" sx={{ fontSize: '1rem', mb: 1 }}>
        {t('serverBackups.tools')}
      </Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Chip label={t('serverBackups.server', { version: status.serverVersion })} variant="outlined" />
        {status.tools.map((tool) => (
          <Chip
            key={tool.name}
            title={tool.path ?? undefined}
            color={tool.path === null ? 'warning' : 'default'}
            label={
              tool.path === null
                ? t('serverBackups.toolMissing', { name: tool.name })
                : t('serverBackups.toolFound', { name: tool.name, version: tool.version ?? '?' })
            }
          />
        ))}
      </Stack>
    </Box>
  );
}

function Progress({ status, drilling }: { status: ServerBackupStatus; drilling: boolean }) {
  const { t } = useI18n();
  const label = t(drilling || status.running?.task === 'drill' ? 'serverBackups.drilling' : 'serverBackups.running');
  return (
    <Box sx={{ mt: 2 }}>
      <LinearProgress aria-label={label} />
      <Typography variant="body2" role="status" sx={{ mt: 1, color: 'text.secondary' }}>
        {status.running ? t(`serverBackups.step.${status.running.step}`) : label}
      </Typography>
    </Box>
  );
}

const VERDICT_COLOR = { ok: 'success', failed: 'error', unchecked: 'default' } as const;

function Backups({ busy, onDrill }: { busy: boolean; onDrill(entry: ServerBackupEntry): void }) {
  const { t, dateTime } = useI18n();
  const size = useSize();
  const list = useApiQuery('server-backups:list', {});
  return (
    <QueryState query={list} failedTitle={t('serverBackups.title')}>
      {(value) =>
        value.backups.length === 0 ? (
          <Typography sx={{ color: 'text.secondary' }}>{t('serverBackups.empty')}</Typography>
        ) : (
          <Table size="small" aria-labelledby="server-backups-title">
            <TableHead>
              <TableRow>
                <TableCell>{t('serverBackups.column.time')}</TableCell>
                <TableCell align="right">{t('serverBackups.column.size')}</TableCell>
                <TableCell>{t('serverBackups.column.verdict')}</TableCell>
                <TableCell align="right">{t('serverBackups.column.actions')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {value.backups.map((entry) => {
                const time = dateTime(entry.createdAt);
                return (
                  <TableRow key={entry.name}>
                    <TableCell component="th" scope="row">
                      {time}
                    </TableCell>
                    <TableCell align="right">{size(entry.dumpBytes)}</TableCell>
                    <TableCell>
                      <Chip
                        size="small"
                        color={VERDICT_COLOR[entry.verdict]}
                        label={t(`serverBackups.verdict.${entry.verdict}`)}
                        title={entry.problem ?? undefined}
                      />
                    </TableCell>
                    <TableCell align="right">
                      <Button
                        size="small"
                        onClick={() => onDrill(entry)}
                        disabled={busy}
                        aria-label={t('serverBackups.drillNamed', { time })}
                      >
                        {t('serverBackups.drill')}
                      </Button>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )
      }
    </QueryState>
  );
}
