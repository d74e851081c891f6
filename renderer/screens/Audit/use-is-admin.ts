import type { Role } from '../../../shared/contract';
import { useApiQuery } from '../../data';

/** The role signed in on this window, null while unknown or signed out. */
export function useRole(): Role | null {
  return useApiQuery('staff:status', {}, { select: (s) => s.user?.role ?? null }).data ?? null;
}

/**
 * True while an administrator is signed in on this window: admin-only actions (audit log, erase)
 * are shown only then. Main refuses them to other roles whatever the screen shows.
 */
export function useIsAdmin(): boolean {
  return useRole() === 'admin';
}
