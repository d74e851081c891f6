import { useEffect } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import { useInvalidate } from '../../data';
import { describeError } from '../../errors';
import { useDelayed } from '../../hooks/useDelayed';
import { modKeys } from '../../hooks/shortcuts';
import { useT } from '../../i18n';
import { paths, useRouter } from '../../router';
import { useChildSearch } from '../../search/child-search';
import { FirstRunChecklist } from '../../components/FirstRunChecklist';
import { ChildList } from './ChildList';
import { EmptyState } from './EmptyState';

/** The children list, driven by the search field in the top bar. */
export function ChildrenScreen() {
  const t = useT();
  const { navigate } = useRouter();
  const search = useChildSearch();
  const { inputRef } = search;
  const slow = useDelayed(search.loading, 300);
  // The list is a cached read: every write to a child marks it stale, so a visit never reloads it.
  const invalidate = useInvalidate();
  const retry = () => void invalidate(['patients']);

  useEffect(() => {
    // The cursor in the search, unless something else already has it.
    if (document.activeElement === document.body || document.activeElement === null) inputRef.current?.focus();
  }, [inputRef]);

  const items = search.result?.items ?? [];
  const query = search.shownQuery;

  return (
    <Stack spacing={3}>
      <FirstRunChecklist />
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', gap: 2 }}>
        <Typography variant="h1">{t('children.title')}</Typography>
        <Tooltip title={t('children.newTooltip', { keys: modKeys('N') })}>
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => navigate(paths.childNew())}>
            {t('children.new')}
          </Button>
        </Tooltip>
      </Stack>

      {search.error !== null && (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={retry}>
              {t('action.retry')}
            </Button>
          }
        >
          {describeError(t, search.error)}
        </Alert>
      )}

      {search.result === null ? (
        search.error === null && (
          <Box sx={{ display: 'flex', justifyContent: 'center', py: 8 }}>
            <CircularProgress aria-label={t('common.loading')} />
          </Box>
        )
      ) : items.length === 0 ? (
        query === '' ? (
          <EmptyState
            title={t('children.empty.title')}
            body={t('children.empty.body')}
            action={t('children.empty.action')}
            onAction={() => navigate(paths.childNew())}
            hint={t('patients.empty.hint')}
          />
        ) : (
          <EmptyState
            title={t('children.noMatch.title', { query })}
            body={t('children.noMatch.body')}
            action={t('children.newNamed', { name: query })}
            onAction={() => navigate(paths.childNew(query))}
          />
        )
      ) : (
        <Box>
          <Box sx={{ height: 4 }}>{slow && <LinearProgress aria-label={t('common.loading')} />}</Box>
          <ChildList items={items} active={search.active} onHover={search.setActive} onOpen={search.open} />
          <Stack direction="row" sx={{ justifyContent: 'space-between', gap: 2, mt: 1.5, px: 1 }}>
            <Typography variant="body2" sx={{ color: 'text.secondary' }} role="status">
              {search.result.more ? t(query ? 'children.more' : 'children.moreAll') : ''}
            </Typography>
            <Typography variant="body2" sx={{ color: 'text.secondary', whiteSpace: 'nowrap' }} aria-hidden>
              {t('children.keyboardHint')}
            </Typography>
          </Stack>
        </Box>
      )}
    </Stack>
  );
}
