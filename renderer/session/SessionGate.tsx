import { useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { StaffStatus } from '../../shared/contract';
import { CallFailed, type Api } from '../api';
import { ApiProvider, useApi } from '../api-context';
import { useApiQuery } from '../data';
import { I18nProvider } from '../i18n';
import { LockOverlay, RecoveryCodeScreen, SetupScreen, SignInScreen } from '../screens/SignIn';
import { FirstRunChoice, ServerSignInNotice } from '../screens/DataSource';
import { useActivityReporter } from './activity';
import { SessionContext, STATUS_KEY, useSessionActions } from './session-context';

/** How often a window asks main whether it is still signed in and unlocked. */
const STATUS_EVERY_MS = 15_000;

/**
 * Nothing of the app shows before someone is signed in: first run creates the administrator,
 * then the sign-in screen; a locked window keeps its screen mounted under the lock overlay.
 */
export function SessionGate({
  children,
  starting,
}: {
  children: ReactNode;
  starting(error: unknown, retry: () => void): ReactNode;
}) {
  const api = useApi();
  const client = useQueryClient();
  const status = useApiQuery('staff:status', {}, { refetchInterval: STATUS_EVERY_MS });
  // A call refused as LOCKED or SIGNED_OUT means the window's state changed: read it again.
  const watched = useMemo<Api>(
    () => ({
      call: async (channel, input, options) => {
        try {
          return await api.call(channel, input, options);
        } catch (error) {
          if (error instanceof CallFailed && ['LOCKED', 'SIGNED_OUT'].includes(error.error.code)) {
            void client.invalidateQueries({ queryKey: STATUS_KEY });
          }
          throw error;
        }
      },
    }),
    [api, client],
  );
  const [recovery, setRecovery] = useState<{ code: string; status: StaffStatus } | null>(null);
  const actions = useSessionActions();
  const current = status.data;
  useActivityReporter(current?.idleLockMinutes ?? 5, Boolean(current?.user && !current.locked));
  const session = useMemo(
    () => (current?.user ? { user: current.user, idleLockMinutes: current.idleLockMinutes } : null),
    [current?.user?.id, current?.user?.name, current?.user?.role, current?.idleLockMinutes], // eslint-disable-line react-hooks/exhaustive-deps
  );

  if (!current) return <>{starting(status.error, () => void status.refetch())}</>;
  if (recovery) {
    return (
      <I18nProvider language={current.language}>
        <RecoveryCodeScreen
          code={recovery.code}
          onDone={() => {
            actions.becomeOther(recovery.status);
            setRecovery(null);
          }}
        />
      </I18nProvider>
    );
  }
  if (current.needsSetup) {
    return (
      <I18nProvider language={current.language}>
        <FirstRunChoice>
          <SetupScreen onCreated={(next, code) => setRecovery({ code, status: next })} />
        </FirstRunChoice>
      </I18nProvider>
    );
  }
  if (!current.user || !session) {
    return (
      <I18nProvider language={current.language}>
        <ServerSignInNotice reason={current.signedOutReason}>
          <SignInScreen />
        </ServerSignInNotice>
      </I18nProvider>
    );
  }
  return (
    <ApiProvider api={watched}>
      <SessionContext.Provider value={session}>
        {children}
        {current.locked && (
          <I18nProvider language={current.language}>
            <LockOverlay user={current.user} />
          </I18nProvider>
        )}
      </SessionContext.Provider>
    </ApiProvider>
  );
}
