import Alert from '@mui/material/Alert';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import type { ConnectionReport } from '../../../shared/contract';
import { useT } from '../../i18n';

const mark = (ok: boolean | null) => (ok === null ? '–' : ok ? '✓' : '✗');

/** "Test connection"'s answer step by step: reachable, certificate, versions, and main's sentence. */
export function ConnectionReportView({ report }: { report: ConnectionReport }) {
  const t = useT();
  return (
    <Alert severity={report.problem ? 'error' : 'success'} role="status" aria-live="polite">
      <List dense disablePadding>
        <ListItem disableGutters>
          <ListItemText primary={`${mark(report.reachable)} ${t('dataSource.report.reachable')}`} />
        </ListItem>
        <ListItem disableGutters>
          <ListItemText
            primary={
              report.tls === null
                ? `– ${t('dataSource.report.noTls')}`
                : `${mark(report.tls)} ${t('dataSource.report.tls')}`
            }
          />
        </ListItem>
        {report.serverVersion && (
          <ListItem disableGutters>
            <ListItemText
              primary={t('dataSource.report.version', {
                server: report.serverVersion,
                schema: report.schemaVersion ?? '–',
                app: report.appSchemaVersion,
              })}
            />
          </ListItem>
        )}
      </List>
      {report.message}
    </Alert>
  );
}
