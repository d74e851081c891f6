import { useEffect, useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { PatientSummary } from '../../../shared/contract';
import { useApiQuery } from '../../data';
import { useI18n } from '../../i18n';

/** Find a child by name or phone while typing (`patients:search`), as the receptionist talks. */
export function ChildPicker(props: {
  value: PatientSummary | null;
  onChange(child: PatientSummary | null): void;
  error?: string | undefined;
  autoFocus?: boolean;
}) {
  const { t, date } = useI18n();
  const [input, setInput] = useState('');
  const label = (c: PatientSummary) => t('name.list', { first: c.firstName, last: c.lastName });
  const query = input.trim();
  // Typing the chosen child's own name back is not a search.
  const searching = query !== '' && !(props.value && input === label(props.value));
  // Asked once the receptionist pauses (150 ms), the last answer shown meanwhile.
  const [asked, setAsked] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAsked(searching ? query : ''), 150);
    return () => clearTimeout(timer);
  }, [query, searching]);
  const found = useApiQuery(
    'patients:search',
    { query: asked, limit: 12 },
    { enabled: searching && asked !== '', keepPrevious: true, select: (r) => r.items.filter((c) => !c.archived) },
  );

  const options = searching ? (found.data ?? []) : props.value ? [props.value] : [];
  const loading = searching && (asked !== query || found.isFetching);

  return (
    <Autocomplete
      value={props.value}
      onChange={(_e, next) => props.onChange(next)}
      inputValue={input}
      onInputChange={(_e, next) => setInput(next)}
      options={options}
      filterOptions={(x) => x}
      loading={loading}
      autoHighlight
      getOptionLabel={label}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      noOptionsText={input.trim() ? t('diary.child.noMatch') : t('diary.child.typeToSearch')}
      loadingText={t('common.loading')}
      renderOption={(optionProps, c) => {
        const { key, ...rest } = optionProps as typeof optionProps & { key: string };
        return (
          <Box component="li" key={key} {...rest}>
            <Box>
              <Typography sx={{ fontWeight: 600 }}>{label(c)}</Typography>
              <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                {[date(c.dateOfBirth), c.guardianName, c.guardianPhone].filter(Boolean).join(' · ')}
              </Typography>
            </Box>
          </Box>
        );
      }}
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('diary.field.child')}
          placeholder={t('diary.child.placeholder')}
          autoFocus={props.autoFocus}
          error={props.error !== undefined}
          helperText={props.error ?? ' '}
        />
      )}
    />
  );
}
