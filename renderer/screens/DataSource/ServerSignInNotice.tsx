import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useApiQuery } from '../../data';
import { useT } from '../../i18n';
import { serverWhere } from './where';

/** On a practice-server workstation, the sign-in screen says which server it signs in to. */
export function ServerSignInNotice({ children }: { children: ReactNode }) {
  const t = useT();
  const state = useApiQuery('data-source:get', {}).data;
  return (
    <>
      {state?.active.kind === 'server' && (
        <Box
          sx={{ position: 'fixed', top: 16, left: 0, right: 0, display: 'flex', justifyContent: 'center', zIndex: 1 }}
        >
          <Alert severity="info" role="status">
            {t('dataSource.signingInTo', { where: serverWhere(state.active) })}
          </Alert>
        </Box>
      )}
      {children}
    </>
  );
}
