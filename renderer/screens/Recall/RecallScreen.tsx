import { useState } from 'react';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import type { RecallItem, RecallListInput } from '../../../shared/contract';
import { QueryState } from '../../components/QueryState';
import { useApiQuery } from '../../data';
import { useI18n } from '../../i18n';
import { useDiaryFormat } from '../Diary/format';
import { CloseOutPanel, UNCLOSED_LIMIT } from './CloseOutPanel';
import { LogCallDialog } from './LogCallDialog';
import { RecallEmpty } from './RecallEmpty';
import { RecallTable } from './RecallTable';
import { useCloseOut } from './useCloseOut';

type Due = NonNullable<RecallListInput['due']>;
type View = 'call' | 'closeOut';

/**
 * The recall screen: families to call (children due or overdue for a check-up, with the main
 * guardian's phone), and past visits nobody closed out, which keep their check-ups waiting.
 * Every list is a cached read: a filter change keeps the rows on screen until the new ones
 * arrive, and a close-out or a logged call reads them again by itself.
 */
export function RecallScreen() {
  const { t } = useI18n();
  const fmt = useDiaryFormat();
  const [view, setView] = useState<View>('call');
  const [due, setDue] = useState<Due>('all');
  const [clinicianId, setClinicianId] = useState(0);
  const [calling, setCalling] = useState<RecallItem | null>(null);
  const byClinician = clinicianId ? { clinicianId } : {};
  const clinicians = useApiQuery('clinicians:list', {});
  const types = useApiQuery('appointment-types:list', {});
  const list = useApiQuery(
    'recall:list',
    { due, ...byClinician, weekStartsOn: fmt.weekStartsOn },
    { keepPrevious: true },
  );
  const unclosed = useApiQuery(
    'appointments:unclosed',
    { ...byClinician, limit: UNCLOSED_LIMIT },
    { keepPrevious: true },
  );
  const closeOut = useCloseOut();
  const people = clinicians.data ?? [];
  const openCount = unclosed.data?.length ?? 0;
  const shown = view === 'call' ? list : unclosed;
  const rereading = shown.isFetching && shown.data !== undefined;

  const body =
    view === 'call' ? (
      <QueryState query={list} failedTitle={t('recall.loadFailed')}>
        {(value) =>
          value.items.length === 0 ? (
            <RecallEmpty
              due={due}
              byClinician={clinicianId !== 0}
              onShowAll={() => setDue('all')}
              onAllClinicians={() => setClinicianId(0)}
            />
          ) : (
            <RecallTable
              items={value.items}
              clinicians={people}
              clinicianId={clinicianId}
              closeOut={closeOut}
              onCall={setCalling}
            />
          )
        }
      </QueryState>
    ) : (
      <QueryState query={unclosed} failedTitle={t('recall.closeOut.loadFailed')}>
        {(visits) => <CloseOutPanel visits={visits} clinicians={people} types={types.data ?? []} closeOut={closeOut} />}
      </QueryState>
    );

  return (
    <Stack spacing={3}>
      <Box>
        <Typography variant="h1">{t('recall.title')}</Typography>
        <Typography sx={{ color: 'text.secondary', mt: 0.5 }}>{t('recall.hint')}</Typography>
      </Box>
      <Tabs
        value={view}
        onChange={(_e, next: View) => setView(next)}
        aria-label={t('recall.tabsLabel')}
        sx={{ borderBottom: 1, borderColor: 'divider', mt: '8px !important' }}
      >
        <Tab value="call" label={t('recall.tab.call')} id="recall-tab-call" aria-controls="recall-panel" />
        <Tab
          value="closeOut"
          label={
            openCount > 0
              ? t('recall.tab.closeOutCount', { count: openCount >= UNCLOSED_LIMIT ? `${openCount}+` : openCount })
              : t('recall.tab.closeOut')
          }
          id="recall-tab-closeOut"
          aria-controls="recall-panel"
        />
      </Tabs>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1.5 }}>
        {view === 'call' && (
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
        )}
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
        {rereading && <CircularProgress size={18} aria-label={t('common.loading')} />}
        <Box sx={{ flex: 1 }} />
        {view === 'call' && list.data && list.data.total > 0 && (
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {list.data.total > list.data.items.length
              ? t('recall.showingOf', { shown: list.data.items.length, count: list.data.total })
              : t('recall.count', { count: list.data.total })}
          </Typography>
        )}
      </Stack>
      {closeOut.banner}
      <Box id="recall-panel" role="tabpanel" aria-labelledby={`recall-tab-${view}`}>
        {body}
      </Box>
      <LogCallDialog item={calling} onClose={() => setCalling(null)} />
    </Stack>
  );
}
