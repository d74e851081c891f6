import { useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { DateField } from '../../components/pickers';
import { CHANNEL_NAMES } from '../../../shared/contract/channel-names';
import { sortedName } from '../../../shared/person-name';
import { useApiQuery } from '../../data';
import { useI18n } from '../../i18n';

export interface Filters {
  userId: number | null;
  child: { id: number; label: string } | null;
  channel: string;
  /** YYYY-MM-DD, local days; '' for none. */
  from: string;
  to: string;
}

export const NO_FILTERS: Filters = { userId: null, child: null, channel: '', from: '', to: '' };

const CHANNELS = [...CHANNEL_NAMES].sort();

/** Who, which child (found through the same search as the top bar, or by number), what, and when. */
export function AuditFilters({ value, onChange }: { value: Filters; onChange(next: Filters): void }) {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const staff = useApiQuery('staff:list', {});
  const query = typed.trim();
  const search = useApiQuery('patients:search', { query, limit: 20 }, { enabled: query !== '', keepPrevious: true });
  const byNumber = /^\d{1,9}$/.test(query) ? [{ id: Number(query), label: t('audit.childNumber', { id: query }) }] : [];
  const found = (query ? (search.data?.items ?? []) : []).map((p) => ({
    id: p.id,
    label: `${sortedName(p)} · #${p.id}`,
  }));
  const set = (changes: Partial<Filters>) => onChange({ ...value, ...changes });

  return (
    <Box
      component="form"
      aria-label={t('audit.filters')}
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))', lg: 'repeat(3, minmax(0, 1fr))' },
        gap: 2,
        alignItems: 'start',
      }}
      onSubmit={(event) => event.preventDefault()}
    >
      <TextField
        select
        label={t('audit.filter.user')}
        value={value.userId ?? ''}
        onChange={(event) => set({ userId: event.target.value === '' ? null : Number(event.target.value) })}
      >
        <MenuItem value="">{t('audit.filter.anyone')}</MenuItem>
        {(staff.data ?? []).map((s) => (
          <MenuItem key={s.id} value={s.id}>
            {s.name}
          </MenuItem>
        ))}
      </TextField>
      <Autocomplete
        options={[...byNumber, ...found]}
        value={value.child}
        onChange={(_event, child) => set({ child })}
        inputValue={typed}
        onInputChange={(_event, text) => setTyped(text)}
        filterOptions={(options) => options}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        getOptionLabel={(o) => o.label}
        renderInput={(params) => <TextField {...params} label={t('audit.filter.child')} />}
      />
      <TextField
        select
        label={t('audit.filter.channel')}
        value={value.channel}
        onChange={(event) => set({ channel: event.target.value })}
      >
        <MenuItem value="">{t('audit.filter.anyChannel')}</MenuItem>
        {CHANNELS.map((c) => (
          <MenuItem key={c} value={c}>
            {c}
          </MenuItem>
        ))}
      </TextField>
      <DateField
        label={t('audit.filter.from')}
        value={value.from}
        onChange={(from) => set({ from })}
        max={value.to || undefined}
        fullWidth
      />
      <DateField
        label={t('audit.filter.to')}
        value={value.to}
        onChange={(to) => set({ to })}
        min={value.from || undefined}
        fullWidth
      />
      <Button onClick={() => onChange(NO_FILTERS)} sx={{ justifySelf: 'start', alignSelf: 'center' }}>
        {t('audit.filter.clear')}
      </Button>
    </Box>
  );
}
