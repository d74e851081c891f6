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
import { describeError } from '../../errors';
import { useDelayed } from '../../hooks/useDelayed';
import { modKeys } from '../../hooks/shortcuts';
import { useT } from '../../i18n';
import { paths, useRouter } from '../../router';
import { ChildList } from './ChildList';
import { EmptyState } from './EmptyState';
import { useChildSearch } from './search';

/** The children list, driven by the search field in the top bar. */
export function ChildrenScreen() {
  const t = useT();
  const { navigate } = useRouter();
  const search = useChildSearch();
  const { refresh, inputRef } = search;
  const slow = useDelayed(search.loading, 300);

  useEffect(() => {
    // Fresh data on every visit (a child may just have been added), and the cursor in the search.
    refresh();
    if (document.activeElement === document.body || document.activeElement === null) inputRef.current?.focus();
  }, [refresh, inputRef]);

  const items = search.result?.items ?? [];
  const query = search.shownQuery;

  return (
    <Stack spacing={3}>
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
            <Button color="inherit" size="small" onClick={refresh}>
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
          <ChildList
            items={items}
            active={search.active}
            onHover={search.setActive}
            onOpen={(id) => navigate(paths.child(id))}
          />
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
