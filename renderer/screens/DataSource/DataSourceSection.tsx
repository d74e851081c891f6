import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { DataSource } from '../../../shared/contract';
import { QueryState } from '../../components/QueryState';
import { useNotifier } from '../../components/Notifier';
import { useApiMutation, useApiQuery } from '../../data';
import { useT, type Translate } from '../../i18n';
import { MoveToServer } from './MoveToServer';
import { ServerForm } from './ServerForm';
import { serverWhere } from './where';

const describe = (t: Translate, source: DataSource) =>
  source.kind === 'local' ? t('dataSource.localNow') : t('dataSource.serverNow', { where: serverWhere(source) });

/** Settings → Data source (the administrator): what is in use, and the choice for the next start. */
export function DataSourceSection() {
  const t = useT();
  const { notify, reportError } = useNotifier();
  const query = useApiQuery('data-source:get', {});
  const setLocal = useApiMutation('data-source:set');
  const saved = () => {
    notify(t('dataSource.saved'));
    void query.refetch();
  };
  return (
    <Card sx={{ p: 4 }} component="section" aria-labelledby="data-source-title">
      <Typography variant="h2" id="data-source-title" sx={{ mb: 2.5 }}>
        {t('settings.section.data-source')}
      </Typography>
      <QueryState query={query} failedTitle={t('settings.section.data-source')}>
        {(state) => (
          <Stack spacing={2.5}>
            <Box
              component="dl"
              sx={{ m: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 4, rowGap: 1.5 }}
            >
              <Typography component="dt" sx={{ color: 'text.secondary' }}>
                {t('dataSource.current')}
              </Typography>
              <Typography component="dd" sx={{ m: 0 }}>
                {describe(t, state.active)}
              </Typography>
              {state.restartNeeded && state.chosen && (
                <>
                  <Typography component="dt" sx={{ color: 'text.secondary' }}>
                    {t('dataSource.chosen')}
                  </Typography>
                  <Typography component="dd" sx={{ m: 0 }}>
                    {describe(t, state.chosen)}
                  </Typography>
                </>
              )}
            </Box>
            {state.restartNeeded && <Alert severity="warning">{t('dataSource.restartNeeded')}</Alert>}
            <Typography sx={{ color: 'text.secondary' }}>{t('dataSource.sectionIntro')}</Typography>
            {state.canChange ? (
              <>
                <Button
                  variant="outlined"
                  sx={{ alignSelf: 'start' }}
                  disabled={setLocal.isPending || (state.chosen ?? state.active).kind === 'local'}
                  onClick={() => setLocal.mutate({ kind: 'local' }, { onSuccess: saved, onError: reportError })}
                >
                  {t('dataSource.saveLocal')}
                </Button>
                <ServerForm
                  initial={(() => {
                    const source = state.chosen ?? state.active;
                    return source.kind === 'server' ? source : null;
                  })()}
                  onSaved={saved}
                />
                {state.active.kind === 'local' && <MoveToServer onSaved={saved} />}
              </>
            ) : (
              <Alert severity="info">{t('dataSource.onlyAdmin')}</Alert>
            )}
          </Stack>
        )}
      </QueryState>
    </Card>
  );
}
