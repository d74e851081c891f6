import Card from '@mui/material/Card';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { CalendarCourses } from '../../../shared/contract';
import { useT } from '../../i18n';
import { useSettings } from '../../settings-context';
import { useInstantSetting } from './settings-save';

const CHOICES: readonly CalendarCourses[] = [1, 2, 3, 4, 5, 6, 8, 10, 12, 'all'];
const THRESHOLDS = [30, 40, 50, 60, 70, 80] as const;

/**
 * The clinic's default for how many course calendars a booklet prints. Parents get a new booklet
 * at every check-up, so the next few are enough; the clinician can choose otherwise per booklet.
 */
export function BookletCard() {
  const t = useT();
  const { settings } = useSettings();
  const save = useInstantSetting();

  const value = settings.calendarCourses;
  const choices = CHOICES.includes(value) ? CHOICES : [...CHOICES.slice(0, -1), value, 'all' as const];
  return (
    <Card sx={{ p: 4 }} component="section" aria-labelledby="booklets-title">
      <Typography variant="h2" id="booklets-title" sx={{ mb: 0.5 }}>
        {t('settings.booklets')}
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2 }}>
        {t('settings.calendarCoursesHint')}
      </Typography>
      <TextField
        select
        size="small"
        label={t('settings.calendarCourses')}
        value={String(value)}
        onChange={(e) => void save({ calendarCourses: e.target.value === 'all' ? 'all' : Number(e.target.value) })}
        sx={{ width: 320, maxWidth: '100%' }}
      >
        {choices.map((n) => (
          <MenuItem key={String(n)} value={String(n)}>
            {n === 'all' ? t('booklet.calendars.all') : t('booklet.calendars.next', { count: n })}
          </MenuItem>
        ))}
      </TextField>
      <Typography variant="body2" sx={{ color: 'text.secondary', mt: 3, mb: 2 }}>
        {t('settings.adherenceThresholdHint')}
      </Typography>
      <TextField
        select
        size="small"
        label={t('settings.adherenceThreshold')}
        value={settings.adherenceThreshold}
        onChange={(e) => void save({ adherenceThreshold: Number(e.target.value) })}
        sx={{ width: 320, maxWidth: '100%' }}
      >
        {THRESHOLDS.map((n) => (
          <MenuItem key={n} value={n}>
            {n} %
          </MenuItem>
        ))}
      </TextField>
    </Card>
  );
}
