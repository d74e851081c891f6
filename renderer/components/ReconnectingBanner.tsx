import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import { useApi } from '../api-context';
import { startLiveUpdates } from '../data/live-updates';
import { useT } from '../i18n';

/**
 * Live updates for this window (renderer/data/live-updates.ts), and while main cannot be reached
 * a small "Reconnecting…" line at the top: a status, not a dialog, so the screen stays usable and
 * what is typed stays where it is. Mounted once, inside the signed-in app.
 */
export function ReconnectingBanner() {
  const t = useT();
  const api = useApi();
  const client = useQueryClient();
  const [connected, setConnected] = useState(true);

  useEffect(() => startLiveUpdates({ api, client, onConnection: setConnected }), [api, client]);

  return (
    <Box
      role="status"
      aria-live="polite"
      sx={{
        position: 'fixed',
        // Below the app bar: the search and the navigation stay reachable.
        top: 72,
        left: '50%',
        transform: 'translateX(-50%)',
        zIndex: (theme) => theme.zIndex.snackbar,
        pointerEvents: 'none',
        maxWidth: 'calc(100% - 16px)',
      }}
    >
      {connected ? null : (
        <Alert
          severity="warning"
          variant="filled"
          icon={<CircularProgress size={16} color="inherit" aria-hidden />}
          role="none"
          sx={{ py: 0, boxShadow: 2, pointerEvents: 'auto' }}
        >
          <strong>{t('live.reconnecting')}</strong> {t('live.kept')}
        </Alert>
      )}
    </Box>
  );
}
