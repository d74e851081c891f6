import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import CallIcon from '@mui/icons-material/CallOutlined';
import EventIcon from '@mui/icons-material/EventAvailableOutlined';
import OverdueIcon from '@mui/icons-material/ErrorOutlineOutlined';
import DueIcon from '@mui/icons-material/ScheduleOutlined';
import type { Clinician, RecallItem } from '../../../shared/contract';
import { visuallyHidden } from '../../components/visually-hidden';
import { useI18n } from '../../i18n';
import { paths, useRouter } from '../../router';
import { useOptionalSettings } from '../../settings-context';
import { clinicianName, reasonText, useDiaryFormat } from '../Diary/format';
import { CloseOutButtons } from './CloseOutButtons';
import { recallPhone } from './phone';
import type { CloseOut } from './useCloseOut';

/** The families to call, one row per child: why and when due, whom to call, last visit and call. */
export function RecallTable(props: {
  items: RecallItem[];
  clinicians: Clinician[];
  /** Set when the list is filtered to one clinician (their name is not repeated per row). */
  clinicianId: number;
  closeOut: CloseOut;
  onCall(item: RecallItem): void;
}) {
  const { items, clinicians, closeOut } = props;
  const { t, date } = useI18n();
  const fmt = useDiaryFormat();
  const { navigate } = useRouter();
  const country = useOptionalSettings()?.country ?? 'GB';

  const dueText = (item: RecallItem) =>
    item.daysOverdue > 0
      ? t('recall.overdueBy', { count: item.daysOverdue })
      : item.daysOverdue === 0
        ? t('recall.dueToday')
        : t('recall.dueIn', { count: -item.daysOverdue });

  return (
    <Paper variant="outlined" sx={{ overflowX: 'auto' }}>
      <Table aria-label={t('recall.tableLabel')}>
        <TableHead>
          <TableRow sx={{ '& th': { whiteSpace: 'nowrap' } }}>
            <TableCell>{t('recall.col.child')}</TableCell>
            <TableCell>{t('recall.col.due')}</TableCell>
            <TableCell>{t('recall.col.guardian')}</TableCell>
            <TableCell>{t('recall.col.lastVisit')}</TableCell>
            <TableCell>{t('recall.col.lastCall')}</TableCell>
            <TableCell align="right">
              <Box component="span" sx={visuallyHidden}>
                {t('recall.col.actions')}
              </Box>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((item) => {
            const name = t('name.full', { first: item.firstName, last: item.lastName });
            const overdue = item.daysOverdue > 0;
            const unclosed = item.unclosedVisit;
            const phone = recallPhone(item, country);
            return (
              <TableRow key={item.patientId} aria-label={name} hover>
                <TableCell>
                  <Link
                    href={paths.child(item.patientId)}
                    onClick={(event) => {
                      event.preventDefault();
                      navigate(paths.child(item.patientId));
                    }}
                    sx={{ fontWeight: 600 }}
                  >
                    {t('name.list', { first: item.firstName, last: item.lastName })}
                  </Link>
                  <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                    {reasonText(t, item.reason, item.course)}
                    {item.openCount > 1 ? ` · ${t('recall.more', { count: item.openCount - 1 })}` : ''}
                  </Typography>
                </TableCell>
                <TableCell>
                  <Typography sx={{ whiteSpace: 'nowrap' }}>{date(item.dueOn)}</Typography>
                  <Chip
                    size="small"
                    icon={overdue ? <OverdueIcon /> : <DueIcon />}
                    label={dueText(item)}
                    color={overdue ? 'error' : 'default'}
                    variant={overdue ? 'filled' : 'outlined'}
                    sx={{ mt: 0.5 }}
                  />
                  {!props.clinicianId && item.clinicianId && (
                    <Typography variant="body2" sx={{ color: 'text.secondary', mt: 0.5, whiteSpace: 'nowrap' }}>
                      {clinicianName(clinicians, item.clinicianId)}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>
                  <Typography>{item.guardianName || '—'}</Typography>
                  {phone ? (
                    <Link
                      href={phone.href}
                      aria-label={t('child.call', { phone: phone.text })}
                      sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
                    >
                      {phone.text}
                    </Link>
                  ) : (
                    <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                      {t('recall.noPhone')}
                    </Typography>
                  )}
                </TableCell>
                <TableCell sx={{ whiteSpace: unclosed ? undefined : 'nowrap', maxWidth: 280 }}>
                  {unclosed ? (
                    <>
                      <Typography variant="body2" sx={{ color: '#8a3b12', fontWeight: 600, mb: 0.75 }}>
                        {t('recall.unclosed', { when: fmt.when(unclosed.date, unclosed.start) })}
                      </Typography>
                      <CloseOutButtons
                        ids={[unclosed.appointmentId]}
                        name={name}
                        when={fmt.when(unclosed.date, unclosed.start)}
                        closeOut={closeOut}
                      />
                    </>
                  ) : item.lastVisitOn ? (
                    date(item.lastVisitOn)
                  ) : (
                    <Typography variant="body2" component="span" sx={{ color: 'text.secondary' }}>
                      {t('recall.noVisit')}
                    </Typography>
                  )}
                </TableCell>
                <TableCell sx={{ maxWidth: 240 }}>
                  {item.lastContact ? (
                    <>
                      <Typography sx={{ whiteSpace: 'nowrap' }}>
                        {date(item.lastContact.contactedOn)} · {t(`recall.outcome.${item.lastContact.outcome}`)}
                      </Typography>
                      {item.lastContact.note && (
                        <Typography
                          variant="body2"
                          sx={{
                            color: 'text.secondary',
                            overflow: 'hidden',
                            textOverflow: 'ellipsis',
                            whiteSpace: 'nowrap',
                          }}
                          title={item.lastContact.note}
                        >
                          {item.lastContact.note}
                        </Typography>
                      )}
                    </>
                  ) : (
                    <Typography variant="body2" component="span" sx={{ color: 'text.secondary', whiteSpace: 'nowrap' }}>
                      {t('recall.notCalled')}
                    </Typography>
                  )}
                </TableCell>
                <TableCell align="right">
                  {/* The buttons wrap in a narrow table (long Russian labels) instead of pushing it wider. */}
                  <Stack direction="row" useFlexGap sx={{ justifyContent: 'flex-end', flexWrap: 'wrap', gap: 1 }}>
                    <Button
                      size="small"
                      variant="outlined"
                      startIcon={<CallIcon />}
                      onClick={() => props.onCall(item)}
                      aria-label={t('recall.logCallFor', { name })}
                      sx={{ whiteSpace: 'nowrap' }}
                    >
                      {t('recall.logCall')}
                    </Button>
                    <Button
                      size="small"
                      variant="contained"
                      startIcon={<EventIcon />}
                      href={paths.bookFollowUps(item.patientId)}
                      onClick={(event) => {
                        event.preventDefault();
                        navigate(paths.bookFollowUps(item.patientId));
                      }}
                      aria-label={t('recall.bookFor', { name })}
                    >
                      {t('recall.book')}
                    </Button>
                  </Stack>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Paper>
  );
}
