import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { AuditEntry } from '../../../shared/contract';
import { useI18n } from '../../i18n';
import { paths, useRouter } from '../../router';

/** One row per entry, newest first; the child is a number (the log holds no names) linking to the record. */
export function AuditTable({ items }: { items: AuditEntry[] }) {
  const { t, dateTime } = useI18n();
  const { navigate } = useRouter();
  if (items.length === 0) return <Typography sx={{ color: 'text.secondary', py: 3 }}>{t('audit.empty')}</Typography>;
  return (
    <Table size="small" aria-label={t('audit.title')}>
      <TableHead>
        <TableRow>
          <TableCell>#</TableCell>
          <TableCell>{t('audit.col.when')}</TableCell>
          <TableCell>{t('audit.col.who')}</TableCell>
          <TableCell>{t('audit.col.what')}</TableCell>
          <TableCell>{t('audit.col.child')}</TableCell>
          <TableCell>{t('audit.col.record')}</TableCell>
          <TableCell>{t('audit.col.outcome')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map((e) => (
          <TableRow key={e.id}>
            <TableCell>{e.id}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{dateTime(e.at)}</TableCell>
            <TableCell>{e.userName ?? t('audit.noUser')}</TableCell>
            <TableCell>
              {t(`audit.action.${e.action}`)}
              <Typography variant="body2" component="div" sx={{ color: 'text.secondary', fontFamily: 'monospace' }}>
                {e.channel}
              </Typography>
            </TableCell>
            <TableCell>
              {e.patientId !== null && (
                <Link
                  href={paths.child(e.patientId)}
                  onClick={(event) => {
                    event.preventDefault();
                    navigate(paths.child(e.patientId!));
                  }}
                >
                  {t('audit.childNumber', { id: String(e.patientId) })}
                </Link>
              )}
            </TableCell>
            <TableCell>
              {e.recordKind ? `${e.recordKind}${e.recordId !== null ? ` #${e.recordId}` : ''}` : ''}
            </TableCell>
            <TableCell>{t(`audit.outcome.${e.outcome}`)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
