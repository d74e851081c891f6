import { useEffect, useRef } from 'react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { isCalendarDate, type Slot } from '../../../shared/contract';
import { useApiQuery } from '../../data';
import { useT } from '../../i18n';
import { useDiaryFormat } from './format';

/** The clinician's next free times from the chosen date: one click fills date and time. */
export function FreeSlots(props: {
  clinicianId: number;
  date: string;
  minutes: number;
  chosen: { date: string; time: string };
  onPick(slot: Slot): void;
}) {
  const t = useT();
  const fmt = useDiaryFormat();
  const { clinicianId, date, minutes } = props;
  const valid = clinicianId > 0 && isCalendarDate(date) && Number.isInteger(minutes) && minutes >= 5 && minutes <= 480;
  // While another date loads, the last answer stays (no flicker).
  const slots = useApiQuery(
    'slots:next',
    { clinicianId, from: date, durationMinutes: minutes, count: 5 },
    { enabled: valid, keepPrevious: true },
  );

  // No time chosen yet ("New visit"): the nearest free time is the suggestion.
  const latest = useRef({ onPick: props.onPick, time: props.chosen.time });
  useEffect(() => {
    latest.current = { onPick: props.onPick, time: props.chosen.time };
  });
  const first = slots.data?.[0];
  useEffect(() => {
    if (first && latest.current.time === '') latest.current.onPick(first);
  }, [first]);

  if (!valid || !slots.data) return null;
  return (
    <Box role="group" aria-label={t('diary.freeSlots.label')} sx={{ pb: 1 }}>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 0.75 }}>
        {slots.data.length ? t('diary.freeSlots.title') : t('diary.freeSlots.none')}
      </Typography>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
        {slots.data.map((s) => {
          const same = s.date === props.chosen.date && s.start === props.chosen.time;
          return (
            <Chip
              key={`${s.date}-${s.start}`}
              label={s.date === date ? fmt.time(s.start) : fmt.when(s.date, s.start)}
              color={same ? 'primary' : 'default'}
              variant={same ? 'filled' : 'outlined'}
              onClick={() => props.onPick(s)}
            />
          );
        })}
      </Stack>
    </Box>
  );
}
