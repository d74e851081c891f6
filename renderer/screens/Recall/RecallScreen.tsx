import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import CallIcon from '@mui/icons-material/CallOutlined';
import EventIcon from '@mui/icons-material/EventAvailableOutlined';
import OverdueIcon from '@mui/icons-material/ErrorOutlineOutlined';
import DueIcon from '@mui/icons-material/ScheduleOutlined';
import type { RecallItem, RecallListInput } from '../../../shared/contract';
import { useApi } from '../../api-context';
import { LoadFailed } from '../../components/LoadFailed';
import { PageLoading } from '../../components/PageLoading';
import { visuallyHidden } from '../../components/visually-hidden';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../i18n';
import { paths, useRouter } from '../../router';
import { clinicianName, reasonText, telHref, useDiaryFormat } from '../Diary/format';
import { useLastValue } from '../Diary/useLastValue';
import { LogCallDialog } from './LogCallDialog';

type Due = NonNullable<RecallListInput['due']>;

/** Families to call: children due or overdue for a follow-up, with the main guardian's phone. */
export function RecallScreen() {
  const api = useApi();
  const { t, date } = useI18n();
  const fmt = useDiaryFormat();
  const { navigate } = useRouter();
  const [due, setDue] = useState<Due>('all');
  const [clinicianId, setClinicianId] = useState(0);
  const [calling, setCalling] = useState<RecallItem | null>(null);
  const clinicians = useLoad('clinicians', () => api.call('clinicians:list', {}));
  const list = useLoad(`recall:${due}:${clinicianId}`, () =>
    api.call('recall:list', {
      due,
      ...(clinicianId ? { clinicianId } : {}),
      weekStartsOn: fmt.weekStartsOn,
    }),
  );
  const people = clinicians.value ?? [];
  // A filter change keeps the rows on screen until the new ones arrive.
  const last = useLastValue(list.value);
  const shown = list.error ? null : last;

  const dueText = (item: RecallItem) =>
    item.daysOverdue > 0
      ? t('recall.overdueBy', { count: item.daysOverdue })
      : item.daysOverdue === 0
        ? t('recall.dueToday')
        : t('recall.dueIn', { count: -item.daysOverdue });

  return (
    <Stack spacing={3}>
      <Box>
        <Typography variant="h1">{t('recall.title')}</Typography>
        <Typography sx={{ color: 'text.secondary', mt: 0.5 }}>{t('recall.hint')}</Typography>
      </Box>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1.5 }}>
        <ToggleButtonGroup
          exclusive
          size="small"
          value={due}
          onChange={(_e, next: Due | null) => next && setDue(next)}
          aria-label={t('recall.filterLabel')}
        >
          <ToggleButton value="all">{t('recall.filter.all')}</ToggleButton>
          <ToggleButton value="overdue">{t('recall.filter.overdue')}</ToggleButton>
          <ToggleButton value="thisWeek">{t('recall.filter.thisWeek')}</ToggleButton>
        </ToggleButtonGroup>
        <TextField
          select
          size="small"
          label={t('diary.field.clinician')}
          value={clinicianId}
          onChange={(e) => setClinicianId(Number(e.target.value))}
          sx={{ width: 240 }}
        >
          <MenuItem value={0}>{t('diary.allClinicians')}</MenuItem>
          {people
            .filter((c) => c.active || c.id === clinicianId)
            .map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {c.name}
              </MenuItem>
            ))}
        </TextField>
        {list.loading && shown && <CircularProgress size={18} aria-label={t('common.loading')} />}
        <Box sx={{ flex: 1 }} />
        {shown && shown.total > 0 && (
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {shown.total > shown.items.length
              ? t('recall.showingOf', { shown: shown.items.length, count: shown.total })
              : t('recall.count', { count: shown.total })}
          </Typography>
        )}
      </Stack>

      {list.error ? (
        <LoadFailed title={t('recall.loadFailed')} error={list.error} onRetry={list.reload} />
      ) : !shown ? (
        <PageLoading />
      ) : shown.items.length === 0 ? (
        <Paper variant="outlined" sx={{ py: 7, px: 4, textAlign: 'center' }}>
          <Typography variant="h2" component="p" sx={{ mb: 1 }}>
            {t(`recall.empty.${due}`)}
          </Typography>
          <Typography sx={{ color: 'text.secondary', maxWidth: 560, mx: 'auto' }}>{t('recall.empty.body')}</Typography>
        </Paper>
      ) : (
        <Paper variant="outlined" sx={{ overflowX: 'auto' }}>
          <Table aria-label={t('recall.tableLabel')}>
            <TableHead>
              <TableRow>
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
              {shown.items.map((item) => {
                const name = t('name.full', { first: item.firstName, last: item.lastName });
                const overdue = item.daysOverdue > 0;
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
                        {reasonText(t, item.reason)}
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
                      {!clinicianId && item.clinicianId && (
                        <Typography variant="body2" sx={{ color: 'text.secondary', mt: 0.5 }}>
                          {clinicianName(people, item.clinicianId)}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell>
                      <Typography>{item.guardianName || '—'}</Typography>
                      {item.guardianPhone ? (
                        <Link
                          href={telHref(item.guardianPhone)}
                          aria-label={t('child.call', { phone: item.guardianPhone })}
                          sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
                        >
                          {item.guardianPhone}
                        </Link>
                      ) : (
                        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                          {t('recall.noPhone')}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      {item.lastVisitOn ? (
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
                        <Typography variant="body2" component="span" sx={{ color: 'text.secondary' }}>
                          {t('recall.notCalled')}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell align="right">
                      <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
                        <Button
                          size="small"
                          variant="outlined"
                          startIcon={<CallIcon />}
                          onClick={() => setCalling(item)}
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
      )}
      <LogCallDialog item={calling} onClose={() => setCalling(null)} onLogged={list.reload} />
    </Stack>
  );
}
