import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import type { AppointmentType, Clinician, DiaryEntry } from '../../../shared/contract';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useI18n } from '../../i18n';
import { paths, useRouter } from '../../router';
import { useDiaryFormat, visitSummary } from '../Diary/format';
import { useLastValue } from '../Diary/useLastValue';
import { CloseOutButtons } from './CloseOutButtons';
import type { CloseOut } from './useCloseOut';

/** How many open visits one request brings (the oldest first). */
export const UNCLOSED_LIMIT = 200;

/**
 * Past visits nobody closed out, grouped by day (oldest first): Attended / No-show for each, and
 * "Mark all attended" per day after a confirmation, since it settles the check-ups.
 */
export function CloseOutPanel(props: {
  visits: DiaryEntry[];
  clinicians: Clinician[];
  types: AppointmentType[];
  closeOut: CloseOut;
}) {
  const { visits, clinicians, types, closeOut } = props;
  const { t } = useI18n();
  const fmt = useDiaryFormat();
  const { navigate } = useRouter();
  const [confirming, setConfirming] = useState<{ date: string; visits: DiaryEntry[] } | null>(null);
  // The day asked about stays in the dialog while it fades out.
  const asked = useLastValue(confirming ?? undefined);

  if (visits.length === 0) {
    return (
      <Paper variant="outlined" sx={{ py: 7, px: 4, textAlign: 'center' }}>
        <Typography variant="h2" component="p" sx={{ mb: 1 }}>
          {t('recall.closeOut.empty.title')}
        </Typography>
        <Typography sx={{ color: 'text.secondary', maxWidth: 560, mx: 'auto' }}>
          {t('recall.closeOut.empty.body')}
        </Typography>
      </Paper>
    );
  }

  const days = new Map<string, DiaryEntry[]>();
  for (const v of visits) days.set(v.date, [...(days.get(v.date) ?? []), v]);
  const nameOf = (v: DiaryEntry) => t('name.full', { first: v.patient.firstName, last: v.patient.lastName });

  return (
    <Stack spacing={2}>
      <Typography sx={{ color: 'text.secondary' }}>{t('recall.closeOut.hint')}</Typography>
      {visits.length >= UNCLOSED_LIMIT && (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {t('recall.closeOut.first', { count: visits.length })}
        </Typography>
      )}
      {[...days].map(([date, list]) => {
        const day = fmt.dayTitle(date);
        const headingId = `close-out-${date}`;
        return (
          <Paper key={date} variant="outlined" component="section" aria-labelledby={headingId}>
            <Stack
              direction="row"
              spacing={2}
              sx={{ alignItems: 'center', px: 2.5, py: 1.5, borderBottom: 1, borderColor: 'divider', flexWrap: 'wrap' }}
            >
              <Box sx={{ flex: 1, minWidth: 200 }}>
                <Typography variant="h3" component="h2" id={headingId}>
                  {day}
                </Typography>
                <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                  {t('recall.closeOut.dayCount', { count: list.length })}
                </Typography>
              </Box>
              <Button
                variant="outlined"
                startIcon={<DoneAllIcon />}
                aria-label={t('recall.closeOut.markAllFor', { day })}
                disabled={list.some((v) => closeOut.busy.has(v.id))}
                onClick={() => setConfirming({ date, visits: list })}
              >
                {t('recall.closeOut.markAll')}
              </Button>
            </Stack>
            <Box
              component="ul"
              sx={{ m: 0, p: 0, listStyle: 'none' }}
              aria-label={t('recall.closeOut.dayLabel', { day })}
            >
              {list.map((v) => {
                const name = nameOf(v);
                return (
                  <Box
                    component="li"
                    key={v.id}
                    aria-label={`${name}, ${fmt.time(v.start)}`}
                    sx={{
                      display: 'flex',
                      alignItems: 'center',
                      gap: 2,
                      px: 2.5,
                      py: 1.25,
                      flexWrap: 'wrap',
                      borderBottom: 1,
                      borderColor: 'divider',
                      '&:last-of-type': { borderBottom: 0 },
                    }}
                  >
                    <Typography
                      sx={{ minWidth: 150, whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}
                    >
                      {fmt.timeRange(v.start, v.end)}
                    </Typography>
                    <Box sx={{ flex: 1, minWidth: 220 }}>
                      <Link
                        href={paths.child(v.patient.id)}
                        onClick={(event) => {
                          event.preventDefault();
                          navigate(paths.child(v.patient.id));
                        }}
                        sx={{ fontWeight: 600 }}
                      >
                        {t('name.list', { first: v.patient.firstName, last: v.patient.lastName })}
                      </Link>
                      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                        {visitSummary(t, types, clinicians, v)}
                      </Typography>
                    </Box>
                    <CloseOutButtons ids={[v.id]} name={name} when={fmt.when(v.date, v.start)} closeOut={closeOut} />
                  </Box>
                );
              })}
            </Box>
          </Paper>
        );
      })}
      <ConfirmDialog
        open={confirming !== null}
        title={
          asked ? t('recall.closeOut.confirmTitle', { count: asked.visits.length, day: fmt.dayLong(asked.date) }) : ''
        }
        body={asked ? t('recall.closeOut.confirmBody', { names: asked.visits.map(nameOf).join(', ') }) : ''}
        confirmLabel={t('recall.closeOut.markAll')}
        cancelLabel={t('recall.closeOut.keep')}
        onClose={() => setConfirming(null)}
        onConfirm={() => {
          if (!confirming) return;
          const ids = confirming.visits.map((v) => v.id);
          setConfirming(null);
          void closeOut.closeOut(ids, 'attended');
        }}
      />
    </Stack>
  );
}
