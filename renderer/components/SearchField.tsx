import type { KeyboardEvent } from 'react';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import ClearIcon from '@mui/icons-material/Clear';
import SearchIcon from '@mui/icons-material/Search';
import { useT } from '../i18n';
import { modKeys } from '../hooks/shortcuts';
import { paths, useRouter } from '../router';
import { LIST_ID, optionId, useChildSearch } from '../search/child-search';

/** The always-visible child search: a combobox driving the children list. */
export function SearchField() {
  const t = useT();
  const search = useChildSearch();
  const { route, navigate } = useRouter();
  const onList = route.name === 'children';
  const items = search.result?.items ?? [];
  const activeChild = onList ? items[search.active] : undefined;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!onList) navigate(paths.children());
      else search.move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (onList) search.openActive();
      else navigate(paths.children());
    } else if (event.key === 'Escape' && search.query) {
      event.preventDefault();
      search.setQuery('');
    }
  };

  return (
    <Tooltip title={t('search.tooltip', { keys: modKeys('K') })} placement="bottom" disableFocusListener>
      <TextField
        inputRef={search.inputRef}
        value={search.query}
        onChange={(event) => {
          search.setQuery(event.target.value);
          if (!onList) navigate(paths.children());
        }}
        onKeyDown={onKeyDown}
        placeholder={t('search.placeholder')}
        size="small"
        autoComplete="off"
        sx={{ maxWidth: 520, '& .MuiOutlinedInput-root': { bgcolor: 'background.paper' } }}
        slotProps={{
          htmlInput: {
            role: 'combobox',
            'aria-label': t('search.label'),
            'aria-autocomplete': 'list',
            'aria-expanded': onList && items.length > 0,
            'aria-controls': onList ? LIST_ID : undefined,
            'aria-activedescendant': activeChild ? optionId(activeChild.id) : undefined,
            spellCheck: false,
          },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon fontSize="small" />
              </InputAdornment>
            ),
            endAdornment: search.query ? (
              <InputAdornment position="end">
                <IconButton
                  size="small"
                  edge="end"
                  aria-label={t('search.clear')}
                  onClick={() => {
                    search.setQuery('');
                    search.inputRef.current?.focus();
                  }}
                >
                  <ClearIcon fontSize="small" />
                </IconButton>
              </InputAdornment>
            ) : (
              <InputAdornment position="end" aria-hidden>
                <Box component="kbd" sx={kbdSx}>
                  {modKeys('K')}
                </Box>
              </InputAdornment>
            ),
          },
        }}
      />
    </Tooltip>
  );
}

const kbdSx = {
  fontFamily: 'inherit',
  fontSize: '0.75rem',
  color: 'text.secondary',
  border: 1,
  borderColor: 'divider',
  borderRadius: 1,
  px: 0.75,
  py: 0.125,
  whiteSpace: 'nowrap',
} as const;
