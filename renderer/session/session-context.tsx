import { createContext, useCallback, useContext, useMemo } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Channel, Role, StaffStatus, StaffUser } from '../../shared/contract';
import { contract, roleMayCall } from '../../shared/contract';
import { useApi } from '../api-context';
import { queryKeyOf } from '../data';

/*
 * The signed-in user of this window, for the screens: what to show and hide by role. Main
 * enforces the same rules (electron/dispatch.ts); hiding here only spares people dead ends.
 */

export interface Session {
  user: StaffUser;
  idleLockMinutes: number;
}

export const SessionContext = createContext<Session | null>(null);

/** The signed-in user, or null outside the session gate (screens rendered alone in tests). */
export function useSession(): Session | null {
  return useContext(SessionContext);
}

/** True when the signed-in role may call `channel` (true outside the gate: main decides anyway). */
export function useCan(): (channel: Channel) => boolean {
  const role: Role | undefined = useSession()?.user.role;
  return useCallback((channel: Channel) => !role || roleMayCall(contract[channel].access, role), [role]);
}

export const STATUS_KEY = queryKeyOf('staff:status', {});

/** Sign-in, lock and sign-out: each stores main's answer as the window's status at once. */
export function useSessionActions() {
  const api = useApi();
  const client = useQueryClient();
  return useMemo(() => {
    /** A different user (or none) from now on: nothing read for the previous one stays cached. */
    const becomeOther = (status: StaffStatus) => {
      client.removeQueries({ predicate: (query) => query.queryKey[1] !== 'staff:status' });
      client.setQueryData(STATUS_KEY, status);
    };
    return {
      becomeOther,
      signIn: async (username: string, password: string) =>
        becomeOther(await api.call('staff:sign-in', { username, password })),
      signOut: async () => becomeOther(await api.call('staff:sign-out', {})),
      lock: async () => {
        client.setQueryData(STATUS_KEY, await api.call('staff:lock', {}));
      },
      /** The same user again: the screens behind the lock read again what failed while locked. */
      unlock: async (password: string) => {
        client.setQueryData(STATUS_KEY, await api.call('staff:unlock', { password }));
        await client.invalidateQueries({ predicate: (query) => query.queryKey[1] !== 'staff:status' });
      },
    };
  }, [api, client]);
}
