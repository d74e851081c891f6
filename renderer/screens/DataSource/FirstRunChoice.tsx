import { useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Box from '@mui/material/Box';
import { useApiQuery } from '../../data';
import { useT } from '../../i18n';
import { SignInLayout } from '../SignIn/SignInLayout';
import { ServerForm } from './ServerForm';

/**
 * First run, before the administrator is created: "This computer only" is the default and needs
 * no step (the set-up screen shows at once, nothing else changes); a bar above it offers the
 * practice server instead, with its form. A saved server choice waits for the restart.
 */
export function FirstRunChoice({ children }: { children: ReactNode }) {
  const t = useT();
  const query = useApiQuery('data-source:get', {});
  const [server, setServer] = useState(false);
  const state = query.data;
  if (state?.active.kind === 'local' && state.chosen?.kind === 'server') return <RestartNotice />;
  const offer = Boolean(state && state.chosen === null && state.canChange);
  if (offer && server) {
    return (
      <SignInLayout title={t('dataSource.server')} intro={t('dataSource.serverHint')}>
        <ServerForm onSaved={() => void query.refetch()} />
        <Button onClick={() => setServer(false)}>{t('dataSource.back')}</Button>
      </SignInLayout>
    );
  }
  return (
    <>
      {offer && (
        <Box
          component="aside"
          aria-label={t('dataSource.title')}
          sx={{ position: 'fixed', top: 16, left: 0, right: 0, display: 'flex', justifyContent: 'center', zIndex: 1 }}
        >
          <Alert
            severity="info"
            action={
              <Button color="inherit" size="small" onClick={() => setServer(true)}>
                {t('dataSource.useServer')}
              </Button>
            }
          >
            {t('dataSource.localDefault')}
          </Alert>
        </Box>
      )}
      {children}
    </>
  );
}

function RestartNotice() {
  const t = useT();
  return (
    <SignInLayout title={t('dataSource.server')}>
      <Alert severity="info" role="status">
        {t('dataSource.saved')}
      </Alert>
    </SignInLayout>
  );
}
