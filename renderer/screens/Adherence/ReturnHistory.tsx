import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { CourseReturn } from '../../../shared/contract';
import { useI18n } from '../../i18n';
import { entrySummary } from './figures';

/** Every entry made for the course, newest first: who, when and what it said. Nothing is overwritten. */
export function ReturnHistory({ entries }: { entries: readonly CourseReturn[] }) {
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const [open, setOpen] = useState(false);
  const latest = entries[0];

  if (!latest) {
    return <Typography sx={{ color: 'text.secondary' }}>{t('adherence.history.none')}</Typography>;
  }
  return (
    <Box component="section" aria-labelledby="return-history-title">
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1.5, flexWrap: 'wrap' }}>
        <Typography id="return-history-title" sx={{ fontWeight: 600 }}>
          {t('adherence.history.title', { count: entries.length })}
        </Typography>
        <Typography sx={{ color: 'text.secondary' }}>
          {t('adherence.history.latest', { name: latest.enteredBy, when: dateTime(latest.enteredAt) })}
        </Typography>
        {entries.length > 0 && (
          <Button size="small" onClick={() => setOpen((v) => !v)} aria-expanded={open}>
            {open ? t('adherence.history.hide') : t('adherence.history.show')}
          </Button>
        )}
      </Box>
      {open && (
        <Box component="ol" sx={{ m: 0, mt: 1, pl: 3, display: 'grid', gap: 0.5 }}>
          {entries.map((e) => (
            <li key={e.id}>
              {t('adherence.history.entry', {
                when: dateTime(e.enteredAt),
                name: e.enteredBy,
                what: entrySummary(i18n, e),
              })}
            </li>
          ))}
        </Box>
      )}
    </Box>
  );
}
