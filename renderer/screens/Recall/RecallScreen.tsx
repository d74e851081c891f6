import { useState } from 'react';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import type { RecallItem, RecallListInput } from '../../../shared/contract';
import { useApi } from '../../api-context';
import { LoadFailed } from '../../components/LoadFailed';
import { PageLoading } from '../../components/PageLoading';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../i18n';
import { useDiaryFormat } from '../Diary/format';
import { useLastValue } from '../Diary/useLastValue';
import { CloseOutPanel, UNCLOSED_LIMIT } from './CloseOutPanel';
import { LogCallDialog } from './LogCallDialog';
import { RecallTable } from './RecallTable';
import { useCloseOut } from './useCloseOut';

type Due = NonNullable<RecallListInput['due']>;
type View = 'call' | 'closeOut';

/**
 * The recall screen: families to call (children due or overdue for a check-up, with the main
 * guardian's phone), and past visits nobody closed out, which keep their check-ups waiting.
 */
export function RecallScreen() {
  const api = useApi();
  const { t } = useI18n();
  const fmt = useDiaryFormat();
  const [view, setView] = useState<View>('call');
  const [due, setDue] = useState<Due>('all');
  const [clinicianId, setClinicianId] = useState(0);
  const [calling, setCalling] = useState<RecallItem | null>(null);
  // Bumped after a close-out: both lists change (a settled check-up leaves the list to call).
  const [version, setVersion] = useState(0);
  const clinicians = useLoad('clinicians', () => api.call('clinicians:list', {}));
  const types = useLoad('appointment-types', () => api.call('appointment-types:list', {}));
  const byClinician = clinicianId ? { clinicianId } : {};
  const list = useLoad(`recall:${due}:${clinicianId}:${version}`, () =>
    api.call('recall:list', { due, ...byClinician, weekStartsOn: fmt.weekStartsOn }),
  );
  const unclosed = useLoad(`unclosed:${clinicianId}:${version}`, () =>
    api.call('appointments:unclosed', { ...byClinician, limit: UNCLOSED_LIMIT }),
  );
  const closeOut = useCloseOut(() => setVersion((v) => v + 1));
  const people = clinicians.value ?? [];
  // A filter change keeps the rows on screen until the new ones arrive.
  const last = useLastValue(list.value);
  const shown = list.error ? null : last;
  const lastUnclosed = useLastValue(unclosed.value);
  const openVisits = unclosed.error ? null : lastUnclosed;
  const openCount = openVisits?.length ?? 0;

  let body;
  if (view === 'call') {
    body = list.error ? (
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
      <RecallTable
        items={shown.items}
        clinicians={people}
        clinicianId={clinicianId}
        closeOut={closeOut}
        onCall={setCalling}
      />
    );
  } else {
    body = unclosed.error ? (
      <LoadFailed title={t('recall.closeOut.loadFailed')} error={unclosed.error} onRetry={unclosed.reload} />
    ) : !openVisits ? (
      <PageLoading />
    ) : (
      <CloseOutPanel visits={openVisits} clinicians={people} types={types.value ?? []} closeOut={closeOut} />
    );
  }
  const loading = view === 'call' ? list.loading && shown : unclosed.loading && openVisits;

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
        {loading && <CircularProgress size={18} aria-label={t('common.loading')} />}
        <Box sx={{ flex: 1 }} />
        {view === 'call' && shown && shown.total > 0 && (
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {shown.total > shown.items.length
              ? t('recall.showingOf', { shown: shown.items.length, count: shown.total })
              : t('recall.count', { count: shown.total })}
          </Typography>
        )}
      </Stack>
      {closeOut.banner}
      <Box id="recall-panel" role="tabpanel" aria-labelledby={`recall-tab-${view}`}>
        {body}
      </Box>
      <LogCallDialog item={calling} onClose={() => setCalling(null)} onLogged={list.reload} />
    </Stack>
  );
}
