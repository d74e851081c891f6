import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
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
import type { BackupEntry, DrillReport, RestoreResult } from '../../../shared/contract';
import { CallFailed } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotifier } from '../../components/Notifier';
import { QueryState } from '../../components/QueryState';
import { useApiMutation, useApiQuery } from '../../data';
import { useI18n } from '../../i18n';
import { BackupFolderForm } from './BackupFolderForm';
import { DrillReportDialog, RestoreReportDialog } from './BackupReports';
import { ServerBackupsSection } from './ServerBackupsSection';

/** Main refuses the backup channels to anyone but an administrator: then the section is not shown. */
function refusedByRole(error: unknown): boolean {
  return error instanceof CallFailed && ['DENIED', 'SIGNED_OUT', 'LOCKED', 'FORBIDDEN'].includes(error.error.code);
}

/**
 * Settings → Backups: on a practice-server workstation, the server's backups (pg_dump,
 * ServerBackupsSection); on "This computer only", the database file's backups.
 */
export function BackupsSection() {
  const source = useApiQuery('data-source:get', {});
  if (source.data === undefined) return null;
  return source.data.active.kind === 'server' ? <ServerBackupsSection /> : <FileBackupsSection />;
}

/**
 * The database file's backups: where they go, the list, "Back up now", restoring one (after a
 * confirmation; main keeps a safety copy first) and the restore drill with its report.
 */
function FileBackupsSection() {
  const { t, dateTime } = useI18n();
  const { notify, reportError } = useNotifier();
  const list = useApiQuery('backups:list', {});
  const run = useApiMutation('backups:run', { invalidates: ['backups'] });
  // A restore changes every domain: every screen reads again.
  const restore = useApiMutation('backups:restore');
  const drill = useApiMutation('backups:drill', { invalidates: [] });
  const [confirming, setConfirming] = useState<BackupEntry | null>(null);
  const [restored, setRestored] = useState<RestoreResult | null>(null);
  const [report, setReport] = useState<DrillReport | null>(null);

  if (refusedByRole(list.error)) return null;

  const backUpNow = () =>
    run.mutate({}, { onSuccess: () => notify(t('backups.done')), onError: (error) => reportError(error) });

  const confirmRestore = () => {
    if (!confirming) return;
    restore.mutate(
      { name: confirming.name },
      {
        onSuccess: (result) => {
          setConfirming(null);
          setRestored(result);
        },
        onError: (error) => {
          setConfirming(null);
          reportError(error);
        },
      },
    );
  };

  const testRestore = (entry: BackupEntry) =>
    drill.mutate({ name: entry.name }, { onSuccess: setReport, onError: (error) => reportError(error) });

  return (
    <Card sx={{ p: 4 }} component="section" aria-labelledby="backups-title">
      <Typography variant="h2" id="backups-title" sx={{ mb: 1.5 }}>
        {t('backups.title')}
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 3 }}>
        {t('backups.intro')}
      </Typography>
      <Stack spacing={3}>
        <BackupFolderForm />
        <Box>
          <Button
            variant="contained"
            onClick={backUpNow}
            disabled={run.isPending}
            startIcon={run.isPending ? <CircularProgress size={18} color="inherit" /> : <BackupIcon />}
          >
            {run.isPending ? t('backups.running') : t('backups.runNow')}
          </Button>
          {(run.isPending || restore.isPending || drill.isPending) && (
            <LinearProgress
              sx={{ mt: 2 }}
              aria-label={t(drill.isPending ? 'backups.drill.running' : 'backups.running')}
            />
          )}
        </Box>
        <QueryState query={list} failedTitle={t('backups.title')}>
          {(value) =>
            value.backups.length === 0 ? (
              <Typography sx={{ color: 'text.secondary' }}>{t('backups.empty')}</Typography>
            ) : (
              <Table size="small" aria-labelledby="backups-title">
                <TableHead>
                  <TableRow>
                    <TableCell>{t('backups.column.time')}</TableCell>
                    <TableCell>{t('backups.column.kind')}</TableCell>
                    <TableCell align="right">{t('backups.column.size')}</TableCell>
                    <TableCell align="right">{t('backups.column.actions')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {value.backups.map((entry) => (
                    <BackupRow
                      key={entry.name}
                      entry={entry}
                      busy={restore.isPending || drill.isPending}
                      onRestore={() => setConfirming(entry)}
                      onDrill={() => testRestore(entry)}
                    />
                  ))}
                </TableBody>
              </Table>
            )
          }
        </QueryState>
      </Stack>
      <ConfirmDialog
        open={confirming !== null}
        title={t('backups.confirmRestore.title', { time: confirming ? dateTime(confirming.takenAt) : '' })}
        body={t('backups.confirmRestore.body', { time: confirming ? dateTime(confirming.takenAt) : '' })}
        confirmLabel={t('backups.confirmRestore.action')}
        destructive
        busy={restore.isPending}
        onConfirm={confirmRestore}
        onClose={() => setConfirming(null)}
      />
      <RestoreReportDialog result={restored} onClose={() => setRestored(null)} />
      <DrillReportDialog report={report} onClose={() => setReport(null)} />
    </Card>
  );
}

function BackupRow(props: { entry: BackupEntry; busy: boolean; onRestore(): void; onDrill(): void }) {
  const { t, dateTime, number } = useI18n();
  const { entry } = props;
  const time = dateTime(entry.takenAt);
  const size =
    entry.sizeBytes >= 1024 * 1024
      ? t('backups.sizeMb', { value: number(entry.sizeBytes / (1024 * 1024), 1) })
      : t('backups.sizeKb', { value: number(Math.max(1, Math.round(entry.sizeBytes / 1024)), 0) });
  return (
    <TableRow>
      <TableCell component="th" scope="row">
        {time}
      </TableCell>
      <TableCell>{t(`backups.kind.${entry.kind}`)}</TableCell>
      <TableCell align="right">{size}</TableCell>
      <TableCell align="right">
        <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
          <Button
            size="small"
            onClick={props.onDrill}
            disabled={props.busy}
            aria-label={t('backups.drillNamed', { time })}
          >
            {t('backups.drill')}
          </Button>
          <Button
            size="small"
            color="error"
            onClick={props.onRestore}
            disabled={props.busy}
            aria-label={t('backups.restoreNamed', { time })}
          >
            {t('backups.restore')}
          </Button>
        </Stack>
      </TableCell>
    </TableRow>
  );
}
