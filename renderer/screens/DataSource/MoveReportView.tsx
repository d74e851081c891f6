import Alert from '@mui/material/Alert';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { MoveToServerReport } from '../../../shared/contract';
import { useT, type Translate } from '../../i18n';

const loginLine = (t: Translate, l: MoveToServerReport['logins'][number]) => {
  const values = { login: l.login ?? '', name: l.username };
  if (l.outcome !== 'created') return t(`dataSourceMove.login.${l.outcome}`, values);
  return t(l.admin ? 'dataSourceMove.login.admin' : 'dataSourceMove.login.created', values);
};

/** What the move copied and verified (table by table, booklets, audit chain) and the logins it made. */
export function MoveReportView({ report }: { report: MoveToServerReport }) {
  const t = useT();
  const chain = (ok: boolean) => t(ok ? 'dataSourceMove.intact' : 'dataSourceMove.broken');
  return (
    <Stack spacing={2}>
      <Alert severity={report.ok ? 'success' : 'error'} role="status">
        {t(report.ok ? 'dataSourceMove.ok' : 'dataSourceMove.failed')}
      </Alert>
      <Table size="small" aria-label={t('dataSourceMove.title')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('dataSourceMove.table')}</TableCell>
            <TableCell align="right">{t('dataSourceMove.here')}</TableCell>
            <TableCell align="right">{t('dataSourceMove.server')}</TableCell>
            <TableCell>{t('dataSourceMove.check')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {report.tables.map((table) => (
            <TableRow key={table.name}>
              <TableCell component="th" scope="row">
                {table.name}
              </TableCell>
              <TableCell align="right">{table.source}</TableCell>
              <TableCell align="right">{table.target}</TableCell>
              <TableCell>{t(table.ok ? 'dataSourceMove.match' : 'dataSourceMove.mismatch')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography>
        {t('dataSourceMove.pdfs', {
          count: report.pdfs.count,
          verdict: t(report.pdfs.ok ? 'dataSourceMove.pdfsOk' : 'dataSourceMove.pdfsBad'),
        })}
      </Typography>
      <Typography>
        {t('dataSourceMove.auditHere', {
          verdict: chain(report.audit.source.ok),
          count: report.audit.source.entries,
        })}
      </Typography>
      <Typography>
        {report.audit.target
          ? t('dataSourceMove.auditServer', {
              verdict: chain(report.audit.target.ok),
              count: report.audit.target.entries,
            })
          : report.audit.note}
      </Typography>
      <Typography variant="h3">{t('dataSourceMove.logins')}</Typography>
      <List dense disablePadding aria-label={t('dataSourceMove.logins')}>
        {report.logins.map((l) => (
          <ListItem key={l.username} disableGutters>
            <ListItemText primary={loginLine(t, l)} />
          </ListItem>
        ))}
      </List>
      <Typography sx={{ color: 'text.secondary' }}>{t('dataSourceMove.passwordsNext')}</Typography>
    </Stack>
  );
}
