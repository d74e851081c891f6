import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import type { StaffStatus } from '../../../shared/contract';
import { useApiQuery } from '../../data';
import { useT } from '../../i18n';
import { serverWhere } from './where';

/**
 * On a practice-server workstation, the sign-in screen says which server it signs in to, and why
 * the server signed this window out if it did (`reason`, from staff:status).
 */
export function ServerSignInNotice({
  children,
  reason,
}: {
  children: ReactNode;
  reason?: StaffStatus['signedOutReason'];
}) {
  const t = useT();
  const state = useApiQuery('data-source:get', {}).data;
  return (
    <>
      {state?.active.kind === 'server' && (
        <Box
          sx={{
            position: 'fixed',
            top: 16,
            left: 0,
            right: 0,
            display: 'flex',
            flexDirection: 'column',
            alignItems: 'center',
            gap: 1,
            zIndex: 1,
          }}
        >
          <Alert severity="info" role="status">
            {t('dataSource.signingInTo', { where: serverWhere(state.active) })}
          </Alert>
          {reason && (
            <Alert severity="warning" role="alert">
              {t(`dataSource.signedOut.${reason}`)}
            </Alert>
          )}
        </Box>
      )}
      {children}
    </>
  );
}
