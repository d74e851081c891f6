import type { StaffUser } from '../../../shared/contract';
import { IDLE_LOCK_MINUTES } from '../../../shared/contract';

/*
 * Who is signed in where, in memory: one session per Electron window (`window:<webContents id>`)
 * and one per browser-mode token. A session left unused for the idle-lock minutes locks; the
 * renderer keeps its screen mounted under the lock overlay, so unlocking as the same user
 * resumes. Nothing here survives a restart: after one, everybody signs in again.
 */

export interface SessionState {
  user: StaffUser | null;
  locked: boolean;
}

interface Entry {
  user: StaffUser;
  locked: boolean;
  lastActive: number;
}

/** Calls that do not count as use: a status check (the renderer polls it) keeps nothing awake. */
const NOT_ACTIVITY = new Set(['staff:status', 'changes:wait']);

export class Sessions {
  private readonly entries = new Map<string, Entry>();
  private idleMs = IDLE_LOCK_MINUTES.default * 60_000;

  constructor(private readonly now: () => number = Date.now) {}

  setIdleMinutes(minutes: number): void {
    this.idleMs = minutes * 60_000;
  }

  get idleMinutes(): number {
    return Math.round(this.idleMs / 60_000);
  }

  /** The session's user and lock as of now, locking it first if it sat idle; counts the call as use. */
  resolve(session: string, channel: string): SessionState {
    const entry = this.entries.get(session);
    if (!entry) return { user: null, locked: false };
    const now = this.now();
    if (!entry.locked && now - entry.lastActive >= this.idleMs) entry.locked = true;
    if (!entry.locked && !NOT_ACTIVITY.has(channel)) entry.lastActive = now;
    return { user: entry.user, locked: entry.locked };
  }

  /** The state without counting use (status answers). */
  peek(session: string): SessionState {
    const entry = this.entries.get(session);
    if (!entry) return { user: null, locked: false };
    if (!entry.locked && this.now() - entry.lastActive >= this.idleMs) entry.locked = true;
    return { user: entry.user, locked: entry.locked };
  }

  signIn(session: string, user: StaffUser): void {
    this.entries.set(session, { user, locked: false, lastActive: this.now() });
  }

  signOut(session: string): void {
    this.entries.delete(session);
  }

  lock(session: string): void {
    const entry = this.entries.get(session);
    if (entry) entry.locked = true;
  }

  unlock(session: string): void {
    const entry = this.entries.get(session);
    if (entry) {
      entry.locked = false;
      entry.lastActive = this.now();
    }
  }

  /** An admin changed this account: its open sessions take the new name and role, or end if deactivated. */
  updateUser(user: StaffUser, active: boolean): void {
    for (const [key, entry] of this.entries) {
      if (entry.user.id !== user.id) continue;
      if (active) entry.user = user;
      else this.entries.delete(key);
    }
  }

  /**
   * After the database was replaced (a restore): each open session keeps going only if its account
   * exists and is active in the restored accounts, with the name and role found there.
   */
  reconcile(accounts: readonly (StaffUser & { active: boolean })[]): void {
    const byId = new Map(accounts.map((account) => [account.id, account]));
    for (const [key, entry] of this.entries) {
      const account = byId.get(entry.user.id);
      if (!account || !account.active) this.entries.delete(key);
      else entry.user = { id: account.id, name: account.name, role: account.role };
    }
  }
}
