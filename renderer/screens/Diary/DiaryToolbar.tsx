import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import PrintIcon from '@mui/icons-material/PrintOutlined';
import TodayIcon from '@mui/icons-material/Today';
import { isCalendarDate, type Clinician } from '../../../shared/contract';
import { DateField } from '../../components/pickers';
import { useT } from '../../i18n';
import { shift, type DiaryView } from './diary-model';
import { useDiaryFormat } from './format';
import type { usePrinting } from './usePrinting';

export interface DiaryPlace {
  date?: string | null;
  view?: DiaryView;
  clinicianId?: number | null;
}

/** The diary's two rows of controls: where (day, week, whose), and what (new visit, day list, cancelled). */
export function DiaryToolbar(props: {
  view: DiaryView;
  date: string;
  clinicianId: number | null;
  heading: string;
  loading: boolean;
  clinicians: readonly Clinician[];
  canBook: boolean;
  showCancelled: boolean;
  onShowCancelled(show: boolean): void;
  printing: ReturnType<typeof usePrinting>;
  go(place: DiaryPlace): void;
  onNew(): void;
}) {
  const t = useT();
  const fmt = useDiaryFormat();
  const { view, date, clinicianId, go, printing } = props;
  const week = view === 'week';
  return (
    <>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="h1" sx={{ mr: 0.5, fontSize: '1.6rem' }}>
          {t('diary.title')}
        </Typography>
        <Tooltip title={t('diary.todayTooltip', { keys: 'T' })}>
          <Button variant="outlined" size="small" startIcon={<TodayIcon />} onClick={() => go({ date: null })}>
            {t('diary.today')}
          </Button>
        </Tooltip>
        <Stack direction="row" sx={{ alignItems: 'center' }}>
          <Tooltip title={t(week ? 'diary.prevWeek' : 'diary.prevDay') + ' (←)'}>
            <IconButton
              aria-label={t(week ? 'diary.prevWeek' : 'diary.prevDay')}
              onClick={() => go({ date: shift(view, date, -1) })}
            >
              <ChevronLeftIcon />
            </IconButton>
          </Tooltip>
          <Tooltip title={t(week ? 'diary.nextWeek' : 'diary.nextDay') + ' (→)'}>
            <IconButton
              aria-label={t(week ? 'diary.nextWeek' : 'diary.nextDay')}
              onClick={() => go({ date: shift(view, date, 1) })}
            >
              <ChevronRightIcon />
            </IconButton>
          </Tooltip>
        </Stack>
        <Typography
          variant="h2"
          component="h2"
          aria-live="polite"
          sx={{ fontSize: '1.15rem', minWidth: 250, display: 'flex', alignItems: 'center', gap: 1 }}
        >
          {props.heading}
          {props.loading && <CircularProgress size={16} aria-label={t('common.loading')} />}
        </Typography>
        <Box sx={{ flex: 1 }} />
        <Box sx={{ width: 170 }}>
          <DateField
            size="small"
            label={t('diary.goTo')}
            value={date}
            onChange={(next) => isCalendarDate(next) && next !== date && go({ date: next })}
            shortcuts={['today', 'in2weeks', 'in6weeks']}
          />
        </Box>
        <ToggleButtonGroup
          exclusive
          size="small"
          value={view}
          onChange={(_e, next: DiaryView | null) => next && go({ view: next })}
          aria-label={t('diary.viewLabel')}
        >
          <ToggleButton value="day" title={`${t('diary.view.day')} (D)`}>
            {t('diary.view.day')}
          </ToggleButton>
          <ToggleButton value="week" title={`${t('diary.view.week')} (W)`}>
            {t('diary.view.week')}
          </ToggleButton>
        </ToggleButtonGroup>
        <TextField
          select
          size="small"
          label={t('diary.field.clinician')}
          value={clinicianId ?? 0}
          onChange={(e) => go({ clinicianId: Number(e.target.value) || null })}
          sx={{ width: 210 }}
        >
          <MenuItem value={0}>{t('diary.allClinicians')}</MenuItem>
          {props.clinicians
            .filter((c) => c.active || c.id === clinicianId)
            .map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {c.name}
              </MenuItem>
            ))}
        </TextField>
      </Stack>

      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Tooltip title={t('diary.newTooltip', { keys: 'N' })}>
          <span>
            <Button
              variant="contained"
              size="small"
              startIcon={<AddIcon />}
              onClick={props.onNew}
              disabled={!props.canBook}
            >
              {t('diary.new')}
            </Button>
          </span>
        </Tooltip>
        <Tooltip title={t('diary.dayList.tooltip', { date: fmt.dayTitle(date) })}>
          <Button
            variant="outlined"
            size="small"
            startIcon={printing.busy === 'day-list' ? <CircularProgress size={18} aria-hidden /> : <PrintIcon />}
            onClick={() => void printing.printDayList(date, clinicianId)}
            disabled={printing.busy !== null}
          >
            {t('diary.dayList.print')}
          </Button>
        </Tooltip>
        <FormControlLabel
          control={
            <Switch
              size="small"
              checked={props.showCancelled}
              onChange={(e) => props.onShowCancelled(e.target.checked)}
            />
          }
          label={t('diary.showCancelled')}
        />
        <Box sx={{ flex: 1 }} />
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {t('diary.keysHint')}
        </Typography>
      </Stack>
    </>
  );
}
